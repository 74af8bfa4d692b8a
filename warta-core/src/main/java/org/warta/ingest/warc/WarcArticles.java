package org.warta.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ArticleSink;
import org.warta.ingest.ContentType;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.ingest.html.HtmlDecoder;

/**
 * Reads the articles of a WARC or WARC.gz file (jwarc): every {@code response} record with HTTP
 * status 200 (and every {@code resource} record) whose payload is HTML becomes an HTML {@link
 * RawArticle} for the main-content extractor; a {@code text/plain} payload becomes a plain-text
 * article. The target URI is the article's URL; the capture date ({@code WARC-Date}) is only a
 * fallback for the publication date, used when the page states none.
 *
 * <p>Other records (requests, metadata, warcinfo, revisits) are not articles and are passed over
 * silently; responses that are errors, redirects or other media types are reported with the reason.
 * A truncated or corrupt file keeps every record read before the break and reports one error naming
 * the byte position.
 */
public final class WarcArticles {
  private final TextDecoder decoder;

  public WarcArticles(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /** Whether a file name is a WARC file ({@code .warc}, {@code .warc.gz}). */
  public static boolean isWarcName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  /** Reads {@code file}, passing each article (or the reason it was skipped) to {@code sink}. */
  public void read(Path file, ArticleSink sink) {
    String name = file.toString();
    int records = 0;
    long position = 0;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        position = reader.position();
        Optional<WarcRecord> next = next(reader);
        if (next.isEmpty()) {
          break;
        }
        records++;
        readRecord(name, records, next.get(), sink);
      }
    } catch (EOFException e) {
      sink.rejected(
          new InputRejectedException(
              name,
              "truncated WARC: ends inside record "
                  + (records + 1)
                  + " (byte "
                  + position
                  + "); the "
                  + records
                  + " records before it were read"));
    } catch (ZipException e) {
      sink.rejected(
          new InputRejectedException(
              name,
              "corrupt gzip data in record "
                  + (records + 1)
                  + " ("
                  + e.getMessage()
                  + "); the "
                  + records
                  + " records before it were read"));
    } catch (ParsingException e) {
      sink.rejected(
          new InputRejectedException(
              name,
              (records == 0 ? "not a WARC file (" : "corrupt WARC record " + (records + 1) + " (")
                  + shorten(e.getMessage())
                  + ")"));
    } catch (IOException e) {
      sink.rejected(
          new InputRejectedException(
              name, "cannot read WARC (" + shorten(String.valueOf(e.getMessage())) + ")"));
    }
  }

  /**
   * The next record; jwarc reports some malformed headers (a Content-Length that is not a number)
   * with unchecked exceptions, which become the parsing error they are.
   */
  public static Optional<WarcRecord> next(WarcReader reader) throws IOException {
    try {
      return reader.next();
    } catch (NumberFormatException | IllegalStateException | IndexOutOfBoundsException e) {
      throw new ParsingException("malformed header: " + e.getMessage());
    }
  }

  /**
   * The capture day of {@code record} (a fallback publication date), or null when its WARC-Date is
   * missing or malformed: a bad date does not make the captured page unreadable.
   */
  public static String captureDay(WarcRecord record) {
    try {
      return record.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void readRecord(String file, int no, WarcRecord record, ArticleSink sink)
      throws IOException {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
      return;
    }
    String uri = ((org.netpreserve.jwarc.WarcTargetRecord) record).target();
    String itemName = file + "#" + no + (uri == null ? "" : " " + uri);
    String contentType;
    InputStream body;
    if (record instanceof WarcResponse response) {
      MediaType type = response.contentType();
      if (!type.base().equals(MediaType.HTTP_RESPONSE)
          && !type.base().toString().equals("application/http")) {
        sink.rejected(
            new InputRejectedException(itemName, "response record is not HTTP (" + type + ")"));
        return;
      }
      HttpResponse http = response.http();
      if (http.status() != 200) {
        sink.rejected(
            new InputRejectedException(
                itemName, "HTTP status " + http.status() + ", not an article"));
        return;
      }
      contentType = http.headers().first("Content-Type").orElse(null);
      body = http.bodyDecoded().stream();
    } else {
      contentType = record.contentType().toString();
      body = record.body().stream();
    }
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, decoder.maxBytes() + 1));
    if (bytes.length > decoder.maxBytes()) {
      sink.rejected(
          new InputRejectedException(
              itemName, "payload larger than " + decoder.maxBytes() + " bytes"));
      return;
    }
    String base =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    ArticleMetadata meta = new ArticleMetadata(uri, null, null, null);
    ArticleMetadata fallback =
        new ArticleMetadata(null, null, WarcArticles.captureDay(record), null);
    try {
      if (base.equals("text/html")
          || base.equals("application/xhtml+xml")
          || (base.isEmpty() && HtmlDecoder.looksLikeHtml(bytes))) {
        String html = HtmlDecoder.decode(itemName, bytes, contentType);
        sink.article(new RawArticle(itemName, html, meta, ContentType.HTML), fallback);
      } else if (base.equals("text/plain")) {
        sink.article(new RawArticle(itemName, decoder.decode(itemName, bytes), meta), fallback);
      } else {
        sink.rejected(
            new InputRejectedException(
                itemName, "not an article (" + (base.isEmpty() ? "no content type" : base) + ")"));
      }
    } catch (InputRejectedException e) {
      sink.rejected(e);
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
