package org.warta.ingest.jsonl;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.warta.ingest.ArticleSink;
import org.warta.ingest.InputRejectedException;
import org.warta.io.RecordJsonReader;

/**
 * Reads JSON Lines of Warta records — the output of {@code warta analyze --format json} and of the
 * Spark job — so they are indexed without being analysed again. Each line is one record; a line
 * that is not a valid record is reported by its line number and skipped. {@code .gz} files are
 * decompressed; a truncated one keeps the lines before the break.
 */
public final class JsonLinesRecords {
  private final RecordJsonReader reader = new RecordJsonReader();
  private final long maxLineChars;

  /**
   * @param maxLineChars longer lines are skipped (one pathological line cannot exhaust memory)
   */
  public JsonLinesRecords(long maxLineChars) {
    this.maxLineChars = maxLineChars;
  }

  /** Whether a file name is JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code .json}, +gz). */
  public static boolean isJsonLinesName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      lower = lower.substring(0, lower.length() - 3);
    }
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
  }

  /** Reads {@code file}, passing each record (or why a line was skipped) to {@code sink}. */
  public void read(Path file, ArticleSink sink) {
    String name = file.toString();
    int lineNo = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String where = name + ":" + lineNo;
        if (line.length() > maxLineChars) {
          sink.rejected(
              new InputRejectedException(
                  where, "line longer than " + maxLineChars + " characters"));
          continue;
        }
        try {
          sink.record(reader.read(line));
        } catch (RecordJsonReader.BadRecordException e) {
          sink.rejected(new InputRejectedException(where, e.getMessage()));
        }
      }
    } catch (EOFException e) {
      sink.rejected(new InputRejectedException(name, "truncated gzip data after line " + lineNo));
    } catch (ZipException e) {
      sink.rejected(
          new InputRejectedException(name, "not valid gzip data (" + e.getMessage() + ")"));
    } catch (java.nio.charset.CharacterCodingException e) {
      sink.rejected(new InputRejectedException(name, "invalid UTF-8 after line " + lineNo));
    } catch (IOException e) {
      sink.rejected(new InputRejectedException(name, "cannot read (" + e.getMessage() + ")"));
    }
  }
}
