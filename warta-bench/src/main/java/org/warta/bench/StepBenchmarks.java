package org.warta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.clean.ArticleCleaner;
import org.warta.clean.CleanedArticle;
import org.warta.ingest.RawArticle;
import org.warta.io.RecordJsonWriter;
import org.warta.model.ArticleRecord;
import org.warta.nlp.langid.LinguaLanguageIdentifier;

/**
 * Per-article cost of the steps around the pipeline — cleaning, language identification, JSON
 * writing — and of the whole analysis, on the same IndoSum articles as {@link StageBenchmarks}.
 * Scores are microseconds per article.
 *
 * <pre>
 * java -jar warta-bench/target/benchmarks.jar StepBenchmarks
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xss4m", "-XX:+UseParallelGC"})
public class StepBenchmarks {
  static final int ARTICLES = StageBenchmarks.ARTICLES;

  private List<RawArticle> raw;
  private List<CleanedArticle> cleaned;
  private List<ArticleRecord> records;
  private ArticleAnalyzer analyzer;
  private ArticleCleaner cleaner;
  private LinguaLanguageIdentifier languages;
  private RecordJsonWriter json;

  @Setup(Level.Trial)
  public void setUp() {
    raw = BenchCorpus.load(ARTICLES);
    analyzer = ArticleAnalyzer.standard();
    cleaner = ArticleCleaner.standard();
    languages = LinguaLanguageIdentifier.standard();
    json = new RecordJsonWriter();
    cleaned = new ArrayList<>();
    records = new ArrayList<>();
    for (RawArticle r : raw) {
      cleaned.add(cleaner.clean(r.content()));
      records.add(analyzer.analyze(r));
    }
  }

  /** Boilerplate removal and white-space normalisation with the offset map. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void clean(Blackhole bh) {
    for (RawArticle r : raw) {
      bh.consume(cleaner.clean(r.content()));
    }
  }

  /** Language identification of the cleaned text. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void language(Blackhole bh) {
    for (CleanedArticle c : cleaned) {
      bh.consume(languages.identify(c.text()));
    }
  }

  /** The record as a line of JSON (code-point offsets included). */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void json(Blackhole bh) {
    for (int i = 0; i < records.size(); i++) {
      bh.consume(json.toJson(records.get(i), raw.get(i).content()));
    }
  }

  /** Everything {@code warta analyze} does per article after reading it, JSON included. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void analyze(Blackhole bh) {
    for (RawArticle r : raw) {
      bh.consume(json.toJson(analyzer.analyze(r), r.content()));
    }
  }
}
