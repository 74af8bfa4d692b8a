package org.warta.ingest.warc;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;
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
 * fallback for the publication date, used when the page states none. Items come in file order.
 *
 * <p>Records that never carry an article (requests, metadata, warcinfo, conversions) are passed
 * over silently; responses that are errors, redirects or other media types, and {@code revisit}
 * records (a repeat capture without a payload of its own), are reported with the reason. A
 * truncated or corrupt file keeps every record read before the break and reports one error naming
 * the file and the record (and, for a local file, the byte position).
 *
 * <p>Design decision: one pull-based reader ({@link #open}) over an {@link InputStream} serves
 * every caller: {@code warta analyze} and {@code warta ingest} push its items into an {@link
 * ArticleSink} ({@link #read}), the Spark job pulls them lazily from a Hadoop stream. A news-crawl
 * WARC holds tens of thousands of pages, so no caller holds more than one record's payload at a
 * time.
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

  /**
   * Whether a file is a WARC file by its content: it starts with {@code WARC/} (the version line of
   * the first record), directly or inside gzip. Reads at most a few hundred bytes; false for a file
   * that cannot be read.
   */
  public static boolean looksLikeWarc(Path file) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 512)) {
      raw.mark(4);
      int b0 = raw.read();
      int b1 = raw.read();
      raw.reset();
      InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 512) : raw;
      byte[] head = in.readNBytes(5);
      return new String(head, StandardCharsets.ISO_8859_1).equals("WARC/");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * One item of a WARC file: an article with its fallback metadata, or the reason a record (or the
   * rest of the file) could not be read.
   *
   * @param index the record's number in the file, from 0; for an error that ends the file, the
   *     number of records read before it
   */
  public record Item(
      int index, RawArticle article, ArticleMetadata fallback, InputRejectedException rejection) {
    public boolean isArticle() {
      return article != null;
    }
  }

  /**
   * Reads {@code file}, passing each article (or the reason it was skipped) to {@code sink}, in
   * file order. Never throws: an unreadable file is one rejection.
   */
  public void read(Path file, ArticleSink sink) {
    String name = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      sink.rejected(
          new InputRejectedException(
              name, "cannot read WARC (" + shorten(String.valueOf(e.getMessage())) + ")"));
      return;
    }
    try (Items items = open(name, in)) {
      while (items.hasNext()) {
        Item item = items.next();
        if (item.isArticle()) {
          sink.article(item.article(), item.fallback());
        } else {
          sink.rejected(item.rejection());
        }
      }
    }
  }

  /**
   * A lazy reader of the items of one WARC stream (gzip is detected by jwarc). The stream is closed
   * when the items are exhausted or the reader is closed.
   *
   * @param file the file's name, for messages and the items' names ({@code file#N uri})
   */
  public Items open(String file, InputStream stream) {
    return new Items(file, stream);
  }

  /** The items of one WARC stream, one record payload in memory at a time. */
  public final class Items implements Iterator<Item>, Closeable {
    private final String file;
    private final InputStream stream;
    private WarcReader reader;
    private int records;
    private boolean done;
    private Item next;

    private Items(String file, InputStream stream) {
      this.file = file;
      this.stream = stream;
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
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }

    /** The next article or reject, or null at the end. */
    private Item advance() {
      // The record being read (1-based): an error in its header or body names it.
      int current = records + 1;
      long position = -1;
      try {
        if (reader == null) {
          reader = new WarcReader(stream);
        }
        while (true) {
          current = records + 1;
          position = reader.position();
          Optional<WarcRecord> record = reader.next();
          if (record.isEmpty()) {
            return null;
          }
          records++;
          Item item = item(records - 1, record.get());
          if (item != null) {
            return item;
          }
        }
      } catch (EOFException e) {
        return fail(
            current,
            "truncated WARC: ends inside record "
                + current
                + at(position)
                + "; the "
                + (current - 1)
                + " records before it were read");
      } catch (ZipException e) {
        return fail(
            current,
            "corrupt gzip data in record "
                + current
                + at(position)
                + " ("
                + e.getMessage()
                + "); the "
                + (current - 1)
                + " records before it were read");
      } catch (ParsingException e) {
        return fail(
            current,
            (current == 1 ? "not a WARC file (" : "corrupt WARC record " + current + " (")
                + shorten(e.getMessage())
                + ")");
      } catch (IOException | RuntimeException e) {
        return fail(
            current,
            "cannot read WARC record "
                + current
                + at(position)
                + " ("
                + shorten(String.valueOf(e.getMessage()))
                + "); the "
                + (current - 1)
                + " records before it were read");
      }
    }

    private Item fail(int current, String reason) {
      done = true;
      return new Item(current - 1, null, null, new InputRejectedException(file, reason));
    }

    /** The article of one record, a reject, or null for records that never hold an article. */
    private Item item(int index, WarcRecord record) throws IOException {
      if (!(record instanceof WarcTargetRecord target)) {
        return null;
      }
      String uri = target.target();
      String name = file + "#" + (index + 1) + (uri == null ? "" : " " + uri);
      if (record instanceof WarcRevisit) {
        return rejected(
            index,
            name,
            "revisit record (a repeat capture without its own payload), not an article");
      }
      if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
        return null;
      }
      String contentType;
      InputStream body;
      if (record instanceof WarcResponse response) {
        MediaType type = response.contentType();
        if (!type.base().equals(MediaType.HTTP_RESPONSE)
            && !type.base().toString().equals("application/http")) {
          return rejected(index, name, "response record is not HTTP (" + type + ")");
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
          return rejected(index, name, "HTTP status " + http.status() + ", not an article");
        }
        contentType = http.headers().first("Content-Type").orElse(null);
        body = http.bodyDecoded().stream();
      } else {
        contentType = record.contentType().toString();
        body = record.body().stream();
      }
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, decoder.maxBytes() + 1));
      if (bytes.length > decoder.maxBytes()) {
        return rejected(index, name, "payload larger than " + decoder.maxBytes() + " bytes");
      }
      String base =
          contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      ArticleMetadata meta = new ArticleMetadata(uri, null, null, null);
      ArticleMetadata fallback = new ArticleMetadata(null, null, captureDay(record), null);
      try {
        if (base.equals("text/html")
            || base.equals("application/xhtml+xml")
            || (base.isEmpty() && HtmlDecoder.looksLikeHtml(bytes))) {
          TextDecoder.Decoded page = HtmlDecoder.decodeDetailed(name, bytes, contentType);
          return new Item(
              index,
              new RawArticle(name, page.text(), meta, ContentType.HTML, page.encoding()),
              fallback,
              null);
        }
        if (base.equals("text/plain")) {
          return new Item(
              index, new RawArticle(name, decoder.decode(name, bytes), meta), fallback, null);
        }
        return rejected(
            index, name, "not an article (" + (base.isEmpty() ? "no content type" : base) + ")");
      } catch (InputRejectedException e) {
        return new Item(index, null, null, e);
      }
    }

    @Override
    public void close() {
      done = true;
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
  }

  private static Item rejected(int index, String name, String reason) {
    return new Item(index, null, null, new InputRejectedException(name, reason));
  }

  /** " (byte N)" when the reader knows its position in the file. */
  private static String at(long position) {
    return position > 0 ? " (byte " + position + ")" : "";
  }

  private static String shorten(String s) {
    if (s == null) {
      return "";
    }
    s = s.replaceAll("\\s+", " ").strip();
    return s.length() > 160 ? s.substring(0, 160) + "…" : s;
  }

  /**
   * The capture day of {@code record} (a fallback publication date), or null when its WARC-Date is
   * missing or malformed: a bad date does not make the captured page unreadable.
   */
  static String captureDay(WarcRecord record) {
    try {
      return record.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
