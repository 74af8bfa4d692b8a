package org.warta.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleInput;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ArticleSink;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.ingest.feed.FeedReader;
import org.warta.ingest.jsonl.JsonLinesRecords;
import org.warta.ingest.warc.WarcArticles;
import org.warta.io.RecordJsonWriter;
import org.warta.model.ArticleRecord;
import org.warta.pipeline.BudgetExceededException;

/**
 * Loads sources into the index: files are read in order on the calling thread, analysis runs in a
 * pool of workers, and every worker writes through the one {@link ArticleIndexWriter}.
 *
 * <p>Limits: inputs over {@link Options#maxBytes()} are skipped when read; cleaning (or HTML
 * extraction) and every pipeline stage run under the analyzer's {@linkplain
 * ArticleAnalyzer#stageBudget() per-stage budget}, and an article that exceeds it is skipped with
 * the stage named in the reason, so one pathological input cannot stall a batch.
 *
 * <p>Idempotence: an article's key is its record id (SHA-256 of the cleaned text), computed right
 * after cleaning. Ids already committed, or already seen in this run, are counted as duplicates and
 * not analysed again; the rest are written with {@code updateDocument}, so even a race stores one
 * copy. The index is committed every {@code commitEvery} articles and at the end; after the last
 * commit story groups are recomputed over the whole index ({@link StoryGrouper}) and committed.
 */
public final class Ingester {
  private static final Pattern REASON_KIND = Pattern.compile("\\s*[(:;,].*$");

  /** Settings of one ingest. */
  public record Options(
      int threads,
      int commitEvery,
      String publishedDefault,
      long maxBytes,
      TextDecoder.Encoding encoding,
      boolean replace) {
    public static Options defaults() {
      return new Options(0, 1000, null, 10_000_000L, TextDecoder.Encoding.UTF_8, false);
    }
  }

  /** Receives skips as they happen and periodic progress. */
  public interface Listener {
    void skipped(InputRejectedException e);

    default void progress(Progress p) {}

    default void finished() {}
  }

  /** A progress snapshot: items handled, rate, input bytes done of total. */
  public record Progress(
      long handled,
      long submitted,
      long ingested,
      double seconds,
      long bytesDone,
      long bytesTotal) {
    public double rate() {
      return seconds <= 0 ? 0 : handled / seconds;
    }

    /**
     * Seconds left, or -1 when unknown: the share done is the share of input bytes read times the
     * share of the items read so far that are finished (analysis lags behind reading).
     */
    public double etaSeconds() {
      if (bytesDone <= 0 || bytesTotal <= 0 || submitted <= 0 || handled <= 0) {
        return -1;
      }
      double done = ((double) bytesDone / bytesTotal) * Math.min(1.0, (double) handled / submitted);
      return seconds * (1 - done) / done;
    }
  }

  private final ArticleAnalyzer analyzer;
  private final RecordDocuments documents = new RecordDocuments();
  private final RecordJsonWriter json = new RecordJsonWriter();

  public Ingester(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Ingests {@code sources} into the index at {@code indexDir}. */
  public IngestSummary run(List<String> sources, Path indexDir, Options o, Listener listener)
      throws IOException {
    long t0 = System.nanoTime();
    Run run = new Run(o, listener);
    try (ArticleIndexWriter writer = ArticleIndexWriter.open(indexDir)) {
      run.writer = writer;
      run.existing = o.replace() ? Set.of() : writer.committedIds();
      List<SourceWalker.Source> files = new SourceWalker().expand(sources, run::skip);
      long total = files.stream().mapToLong(SourceWalker.Source::size).sum();
      run.bytesTotal = total;
      int workers = o.threads() > 0 ? o.threads() : Runtime.getRuntime().availableProcessors();
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              workers,
              workers,
              0,
              TimeUnit.SECONDS,
              new ArrayBlockingQueue<>(workers * 8),
              r -> {
                Thread t = new Thread(r, "warta-ingest");
                t.setDaemon(true);
                return t;
              },
              new ThreadPoolExecutor.CallerRunsPolicy());
      ScheduledExecutorService ticker =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "warta-progress");
                t.setDaemon(true);
                return t;
              });
      ticker.scheduleAtFixedRate(() -> listener.progress(run.progress(t0)), 1, 1, TimeUnit.SECONDS);
      try {
        run.pool = pool;
        for (SourceWalker.Source s : files) {
          read(s, run);
          run.bytesDone.addAndGet(s.size());
          run.rethrow();
        }
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
          run.rethrow();
        }
        run.rethrow();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } finally {
        pool.shutdownNow();
        ticker.shutdownNow();
        listener.finished();
      }
      writer.commit();
      StoryGrouper.Result stories = new StoryGrouper().regroup(indexDir, writer);
      writer.commit();
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new IngestSummary(
          run.ingested.get(),
          run.duplicates.get(),
          run.skipped.get(),
          run.reasons,
          stories.articles(),
          stories.stories(),
          seconds);
    }
  }

  private void read(SourceWalker.Source s, Run run) {
    switch (s.kind()) {
      case WARC:
        new WarcArticles(run.decoder).read(s.path(), run);
        break;
      case JSONL:
        new JsonLinesRecords(run.options.maxBytes()).read(s.path(), run);
        break;
      case FEED:
        try {
          run.decoder.checkSize(s.name(), s.size());
          new FeedReader().read(s.name(), Files.readAllBytes(s.path()), run);
        } catch (InputRejectedException e) {
          run.skip(e);
        } catch (IOException e) {
          run.skip(new InputRejectedException(s.name(), "cannot read (" + e.getMessage() + ")"));
        }
        break;
      case ARTICLE:
      default:
        try {
          InputStream stdin = System.in;
          RawArticle raw =
              run.files.read(new ArticleInput(s.name(), s.path(), s.metadata()), stdin);
          run.article(raw, ArticleMetadata.NONE);
        } catch (InputRejectedException e) {
          run.skip(e);
        }
        break;
    }
  }

  /** The state of one ingest; also the sink every adapter writes into. */
  private final class Run implements ArticleSink {
    final Options options;
    final Listener listener;
    final TextDecoder decoder;
    final ArticleFiles files;
    final ArticleMetadata defaults;
    final AtomicLong ingested = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong skipped = new AtomicLong();
    final AtomicLong sinceCommit = new AtomicLong();
    final AtomicLong bytesDone = new AtomicLong();
    final AtomicLong submitted = new AtomicLong();
    final Map<String, Long> reasons = new ConcurrentHashMap<>();
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final AtomicReference<IOException> failure = new AtomicReference<>();
    volatile long bytesTotal;
    ArticleIndexWriter writer;
    Set<String> existing;
    ThreadPoolExecutor pool;

    Run(Options options, Listener listener) {
      this.options = options;
      this.listener = listener;
      this.decoder = new TextDecoder(options.encoding(), options.maxBytes());
      this.files = new ArticleFiles(decoder);
      this.defaults = new ArticleMetadata(null, null, options.publishedDefault(), null);
    }

    Progress progress(long t0) {
      return new Progress(
          ingested.get() + duplicates.get() + skipped.get(),
          submitted.get(),
          ingested.get(),
          (System.nanoTime() - t0) / 1e9,
          bytesDone.get(),
          bytesTotal);
    }

    /** An input or item rejected while reading. */
    void skip(InputRejectedException e) {
      submitted.incrementAndGet();
      skipAfterReading(e);
    }

    /** An item rejected by a worker (already counted as submitted). */
    void skipAfterReading(InputRejectedException e) {
      skipped.incrementAndGet();
      reasons.merge(kind(e.reason()), 1L, Long::sum);
      listener.skipped(e);
    }

    void rethrow() throws IOException {
      IOException e = failure.get();
      if (e != null) {
        throw e;
      }
    }

    @Override
    public void article(RawArticle article, ArticleMetadata fallback) {
      submitted.incrementAndGet();
      pool.execute(() -> analyseAndWrite(article, fallback.orElse(defaults)));
    }

    @Override
    public void record(ArticleRecord record) {
      submitted.incrementAndGet();
      pool.execute(() -> writeRecord(record));
    }

    @Override
    public void rejected(InputRejectedException rejection) {
      skip(rejection);
    }

    private boolean isDuplicate(String id) {
      if (options.replace()) {
        return !seen.add(id);
      }
      return existing.contains(id) || !seen.add(id);
    }

    private void analyseAndWrite(RawArticle raw, ArticleMetadata fallback) {
      if (failure.get() != null) {
        return;
      }
      try {
        ArticleAnalyzer.Prepared p = analyzer.prepare(raw, fallback);
        if (p.cleaned().text().isBlank()) {
          skipAfterReading(
              new InputRejectedException(
                  raw.name(),
                  raw.contentType() == org.warta.ingest.ContentType.HTML
                      ? "no article text found in the page (malformed or without paragraphs)"
                      : "no article text found"));
          return;
        }
        if (isDuplicate(p.id())) {
          duplicates.incrementAndGet();
          return;
        }
        Analysis a = analyzer.analyzeDetailed(p.raw(), p.cleaned());
        write(a.record(), json.toJson(a.record(), p.raw().content()));
      } catch (BudgetExceededException e) {
        // one pathological article must not stall the batch: skip it with the stage that ran over
        skipAfterReading(new InputRejectedException(raw.name(), e.getMessage()));
      } catch (RuntimeException | StackOverflowError e) {
        skipAfterReading(
            new InputRejectedException(
                raw.name(), "internal error while analyzing (" + e + "); please report it"));
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    }

    private void writeRecord(ArticleRecord record) {
      if (failure.get() != null) {
        return;
      }
      try {
        if (isDuplicate(record.id())) {
          duplicates.incrementAndGet();
          return;
        }
        write(record, json.toJson(record, null));
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      } catch (RuntimeException e) {
        skipAfterReading(
            new InputRejectedException(record.id(), "cannot index record (" + e + ")"));
      }
    }

    private void write(ArticleRecord record, String line) throws IOException {
      writer.put(record.id(), documents.build(record, line));
      ingested.incrementAndGet();
      if (sinceCommit.incrementAndGet() % options.commitEvery() == 0) {
        writer.commit();
      }
    }
  }

  /** The kind of a skip reason for the summary: its text up to the first detail. */
  static String kind(String reason) {
    String k = REASON_KIND.matcher(reason).replaceFirst("");
    return k.isEmpty() ? reason : k;
  }
}
