package org.warta.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.warta.eval.corpus.IndoSumCorpus;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ContentType;
import org.warta.ingest.RawArticle;

/**
 * Articles from JSON Lines (optionally gzipped), one object per line, in one of three shapes:
 *
 * <ul>
 *   <li>an article: {@code text} (plain text; a {@code title} field is put on the first line unless
 *       the text starts with it) or {@code html} (a page for the main-content extractor), with
 *       optional {@code url}, {@code outlet}, {@code published}, {@code language} — the shape of
 *       most crawl exports;
 *   <li>a Warta record (the output of {@code warta analyze} or of this job): its {@code text},
 *       {@code source.url}, {@code source.outlet}, {@code published} — the article is analysed
 *       again, e.g. with a newer Warta;
 *   <li>an IndoSum line ({@code paragraphs} of tokens), read by {@link IndoSumCorpus#toArticle}.
 * </ul>
 *
 * <p>A line that is not JSON, has none of these fields or is too long is rejected with its line
 * number; invalid UTF-8 or a truncated gzip stream ends the file with one reject, keeping the lines
 * before it.
 */
final class JsonLinesItems implements ItemReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String file;
  private final BufferedReader lines;
  private final long maxChars;
  private int lineNo;
  private boolean done;
  private SourceItem next;

  JsonLinesItems(String file, String fileName, InputStream stream, long maxChars)
      throws IOException {
    this.file = file;
    this.maxChars = maxChars;
    InputStream in =
        fileName.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(stream) : stream;
    this.lines =
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
      if (next == null) {
        done = true;
        close();
      }
    }
    return next != null;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceItem item = next;
    next = null;
    return item;
  }

  private SourceItem advance() {
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        return item(lineNo - 1, file + ":" + lineNo, line);
      }
      return null;
    } catch (EOFException e) {
      done = true;
      return SourceItem.rejected(lineNo, file, "truncated gzip data after line " + lineNo);
    } catch (ZipException e) {
      done = true;
      return SourceItem.rejected(lineNo, file, "not valid gzip data (" + e.getMessage() + ")");
    } catch (CharacterCodingException e) {
      done = true;
      return SourceItem.rejected(lineNo, file, "invalid UTF-8 after line " + lineNo);
    } catch (IOException e) {
      done = true;
      return SourceItem.rejected(lineNo, file, "cannot read (" + e.getMessage() + ")");
    }
  }

  private SourceItem item(int number, String where, String line) {
    if (line.length() > maxChars) {
      return SourceItem.rejected(number, where, "line longer than " + maxChars + " characters");
    }
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      return SourceItem.rejected(
          number, where, "not JSON (" + e.getOriginalMessage().replaceAll("\\s+", " ") + ")");
    }
    if (!n.isObject()) {
      return SourceItem.rejected(number, where, "not a JSON object");
    }
    if (n.path("paragraphs").isArray()) {
      return SourceItem.article(number, IndoSumCorpus.toArticle(n), ArticleMetadata.NONE);
    }
    JsonNode source = n.path("source");
    ArticleMetadata meta =
        new ArticleMetadata(
            text(n, "url", text(source, "url", null)),
            text(n, "outlet", source.isTextual() ? source.asText() : text(source, "outlet", null)),
            text(n, "published", null),
            text(n, "language", null));
    String html = text(n, "html", null);
    if (html != null && !html.isBlank()) {
      return SourceItem.article(
          number, new RawArticle(where, html, meta, ContentType.HTML), ArticleMetadata.NONE);
    }
    String text = text(n, "text", null);
    if (text == null) {
      return SourceItem.rejected(number, where, "no text, html or paragraphs field");
    }
    if (text.isBlank()) {
      return SourceItem.rejected(number, where, "empty text");
    }
    String title = text(n, "title", null);
    if (title != null && !title.isBlank() && !text.startsWith(title.strip())) {
      text = title.strip() + "\n\n" + text;
    }
    return SourceItem.article(number, new RawArticle(where, text, meta), ArticleMetadata.NONE);
  }

  private static String text(JsonNode n, String field, String orElse) {
    JsonNode v = n.path(field);
    return v.isTextual() ? v.asText() : orElse;
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      // Nothing to report when closing a stream that was read to its end or broke.
    }
  }
}
