package org.warta.spark;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ContentType;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.ingest.html.HtmlDecoder;

/**
 * The articles of a WARC or WARC.gz stream, one at a time (jwarc; gzip is detected by jwarc).
 *
 * <p>The rules are those of {@code org.warta.ingest.warc.WarcArticles} (what {@code warta ingest}
 * reads): every {@code response} record with HTTP status 200 and every {@code resource} record
 * whose payload is HTML becomes an HTML article for the main-content extractor, a {@code
 * text/plain} payload a plain-text article; the target URI is the article's URL and the capture
 * date ({@code WARC-Date}) only a fallback for the publication date. Other record types are passed
 * over silently; errors, redirects and other media types are rejected with the reason; a truncated
 * or corrupt file keeps every record before the break and yields one reject naming the record.
 *
 * <p>Design decision: a separate, pull-based reader over an {@link InputStream}, because {@code
 * WarcArticles} pushes articles into a sink from a local {@link java.nio.file.Path}, while a Spark
 * task pulls items lazily (a WARC.gz of a news crawl holds tens of thousands of pages; they must
 * not all be held in memory) from a Hadoop stream. To unify: give {@code WarcArticles} an iterator
 * over an {@code InputStream} and let both callers use it.
 */
final class WarcItems implements ItemReader {
  private final String file;
  private final TextDecoder decoder;
  private final InputStream stream;
  private WarcReader reader;
  private int records;
  private boolean done;
  private SourceItem next;

  WarcItems(String file, InputStream stream, TextDecoder decoder) {
    this.file = file;
    this.stream = stream;
    this.decoder = decoder;
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

  /** The next article or reject, or null at the end. */
  private SourceItem advance() {
    // The record being read (1-based): an error in its header or body names it; jwarc's byte
    // position is not known for a plain stream, so messages give record numbers only.
    int current = records + 1;
    try {
      if (reader == null) {
        reader = new WarcReader(stream);
      }
      while (true) {
        current = records + 1;
        Optional<WarcRecord> record = org.warta.ingest.warc.WarcArticles.next(reader);
        if (record.isEmpty()) {
          return null;
        }
        records++;
        SourceItem item = item(records - 1, record.get());
        if (item != null) {
          return item;
        }
      }
    } catch (EOFException e) {
      done = true;
      return SourceItem.rejected(
          current - 1,
          file,
          "truncated WARC: ends inside record "
              + current
              + "; the "
              + (current - 1)
              + " records before it were read");
    } catch (ZipException e) {
      done = true;
      return SourceItem.rejected(
          current - 1,
          file,
          "corrupt gzip data in record "
              + current
              + " ("
              + e.getMessage()
              + "); the "
              + (current - 1)
              + " records before it were read");
    } catch (ParsingException e) {
      done = true;
      return SourceItem.rejected(
          current - 1,
          file,
          (current == 1 ? "not a WARC file (" : "corrupt WARC record " + current + " (")
              + shorten(e.getMessage())
              + ")");
    } catch (IOException | RuntimeException e) {
      done = true;
      return SourceItem.rejected(
          current - 1,
          file,
          "cannot read WARC record "
              + current
              + " ("
              + shorten(String.valueOf(e.getMessage()))
              + ")");
    }
  }

  /** The article of one record, a reject, or null for records that are not articles. */
  private SourceItem item(int number, WarcRecord record) throws IOException {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
      return null;
    }
    String uri = ((WarcTargetRecord) record).target();
    String name = file + "#" + (number + 1) + (uri == null ? "" : " " + uri);
    String contentType;
    InputStream body;
    if (record instanceof WarcResponse response) {
      MediaType type = response.contentType();
      if (!type.base().equals(MediaType.HTTP_RESPONSE)
          && !type.base().toString().equals("application/http")) {
        return SourceItem.rejected(number, name, "response record is not HTTP (" + type + ")");
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        return SourceItem.rejected(
            number, name, "HTTP status " + http.status() + ", not an article");
      }
      contentType = http.headers().first("Content-Type").orElse(null);
      body = http.bodyDecoded().stream();
    } else {
      contentType = record.contentType().toString();
      body = record.body().stream();
    }
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, decoder.maxBytes() + 1));
    if (bytes.length > decoder.maxBytes()) {
      return SourceItem.rejected(
          number, name, "payload larger than " + decoder.maxBytes() + " bytes");
    }
    String base =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    ArticleMetadata meta = new ArticleMetadata(uri, null, null, null);
    ArticleMetadata fallback =
        new ArticleMetadata(
            null, null, org.warta.ingest.warc.WarcArticles.captureDay(record), null);
    try {
      if (base.equals("text/html")
          || base.equals("application/xhtml+xml")
          || (base.isEmpty() && HtmlDecoder.looksLikeHtml(bytes))) {
        String html = HtmlDecoder.decode(name, bytes, contentType);
        return SourceItem.article(
            number, new RawArticle(name, html, meta, ContentType.HTML), fallback);
      }
      if (base.equals("text/plain")) {
        return SourceItem.article(
            number, new RawArticle(name, decoder.decode(name, bytes), meta), fallback);
      }
      return SourceItem.rejected(
          number, name, "not an article (" + (base.isEmpty() ? "no content type" : base) + ")");
    } catch (InputRejectedException e) {
      return SourceItem.rejected(number, e);
    }
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      } else {
        stream.close();
      }
    } catch (IOException e) {
      // Closing a stream that was read to its end or broke: nothing to report.
    }
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }
}
