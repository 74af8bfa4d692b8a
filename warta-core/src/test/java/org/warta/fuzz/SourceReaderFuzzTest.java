package org.warta.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ArticleSink;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.ingest.feed.FeedReader;
import org.warta.ingest.jsonl.JsonLinesRecords;
import org.warta.ingest.warc.WarcArticles;
import org.warta.io.RecordJsonReader;
import org.warta.model.ArticleRecord;

/**
 * Fuzzes the readers of {@code warta ingest}'s sources: WARC, RSS/Atom, JSON Lines of records, and
 * the record reader behind the last. A reader reports what it cannot read to its sink and throws
 * nothing; every record it lets through keeps the record invariants.
 */
class SourceReaderFuzzTest {
  private static final Path TMP = tempDir();

  private static Path tempDir() {
    try {
      Path d = Files.createTempDirectory("warta-fuzz");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects what a reader passes on and checks each item. */
  private static final class Collect implements ArticleSink {
    final List<RawArticle> articles = new ArrayList<>();

    @Override
    public void article(RawArticle article, ArticleMetadata fallback) {
      if (article == null || article.content() == null || fallback == null) {
        throw new AssertionError("null article or fallback");
      }
      articles.add(article);
    }

    @Override
    public void record(ArticleRecord record) {
      FuzzSupport.assertValid(record, record.text());
    }

    @Override
    public void rejected(InputRejectedException rejection) {
      if (rejection.reason() == null || rejection.reason().isBlank()) {
        throw new AssertionError("rejection without a reason");
      }
    }
  }

  private static Path write(String name, byte[] bytes) {
    try {
      Path p = TMP.resolve(name);
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/sources.dict")
  void warc(FuzzedDataProvider data) {
    boolean gz = data.consumeBoolean();
    Path file = write(gz ? "f.warc.gz" : "f.warc", data.consumeRemainingAsBytes());
    WarcArticles reader = new WarcArticles(new TextDecoder(TextDecoder.Encoding.AUTO, 1 << 20));
    FuzzSupport.timedRepeatable("WARC reading", () -> reader.read(file, new Collect()));
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/sources.dict")
  void feed(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    FuzzSupport.timedRepeatable(
        "feed reading",
        () -> {
          FeedReader.looksLikeFeed(bytes);
          new FeedReader().read("feed.xml", bytes, new Collect());
        });
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/sources.dict")
  void jsonLines(FuzzedDataProvider data) {
    boolean gz = data.consumeBoolean();
    Path file = write(gz ? "r.jsonl.gz" : "r.jsonl", data.consumeRemainingAsBytes());
    FuzzSupport.timedRepeatable(
        "JSON Lines reading", () -> new JsonLinesRecords(100_000).read(file, new Collect()));
  }

  /** Any record the reader accepts keeps every span invariant (it is indexed as it is). */
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/sources.dict")
  void record(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    ArticleRecord r =
        FuzzSupport.timedRepeatable(
            "record reading",
            () -> {
              try {
                return new RecordJsonReader().read(json);
              } catch (RecordJsonReader.BadRecordException e) {
                return null;
              }
            });
    if (r != null) {
      FuzzSupport.assertValid(r, json);
    }
  }
}
