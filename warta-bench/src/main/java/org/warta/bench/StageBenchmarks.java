package org.warta.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.analysis.PublicationDate;
import org.warta.clean.ArticleCleaner;
import org.warta.clean.CleanedArticle;
import org.warta.ingest.RawArticle;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Pipeline;
import org.warta.pipeline.Stage;

/**
 * Per-article cost of each stage of the Indonesian pipeline on IndoSum articles, each stage given
 * the layers the earlier stages made (prepared once, copied into a fresh article per call). Scores
 * are microseconds per article ({@code @OperationsPerInvocation} is the number of articles). The
 * steps around the pipeline are in {@link StepBenchmarks}.
 *
 * <pre>
 * java -jar warta-bench/target/benchmarks.jar StageBenchmarks               # all seven stages
 * java -jar warta-bench/target/benchmarks.jar StageBenchmarks -p stage=entity
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
public class StageBenchmarks {
  /** Articles per invocation; the reported time is divided by it. */
  static final int ARTICLES = 200;

  @Param({"segment", "entity", "quantity", "time", "quote", "claim", "event"})
  public String stage;

  private List<RawArticle> raw;
  private List<CleanedArticle> cleaned;
  private List<AnnotatedArticle> done;
  private ArticleAnalyzer analyzer;
  private ArticleCleaner cleaner;
  private Stage measured;
  private List<LayerKey<?>> before;

  @Setup(Level.Trial)
  public void setUp() {
    raw = BenchCorpus.load(ARTICLES);
    analyzer = ArticleAnalyzer.standard();
    cleaner = ArticleCleaner.standard();
    Pipeline pipeline = analyzer.pipelineFor("id");
    cleaned = new ArrayList<>();
    done = new ArrayList<>();
    for (RawArticle r : raw) {
      CleanedArticle c = cleaner.clean(r.content());
      cleaned.add(c);
      AnnotatedArticle a = fresh(r, c);
      pipeline.process(a);
      done.add(a);
    }
    before = new ArrayList<>(List.of(Layers.LANGUAGE));
    for (Stage s : pipeline.stages()) {
      if (s.name().equals(stage)) {
        measured = s;
        break;
      }
      before.addAll(s.produces());
    }
    if (measured == null) {
      throw new IllegalArgumentException("no stage named " + stage);
    }
  }

  private static AnnotatedArticle fresh(RawArticle r, CleanedArticle c) {
    AnnotatedArticle a =
        new AnnotatedArticle(
            c.text(), c.paragraphs(), PublicationDate.parse(r.metadata().published()).orElse(null));
    a.put(Layers.LANGUAGE, "id");
    return a;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void copy(AnnotatedArticle from, AnnotatedArticle to, LayerKey key) {
    if (from.has(key) && !to.has(key)) {
      to.put(key, from.get(key));
    }
  }

  /** One stage on articles that carry every layer the earlier stages produce. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES)
  public void stage(Blackhole bh) {
    Set<LayerKey<?>> out = measured.produces();
    for (int i = 0; i < raw.size(); i++) {
      AnnotatedArticle a = fresh(raw.get(i), cleaned.get(i));
      for (LayerKey<?> k : before) {
        copy(done.get(i), a, k);
      }
      measured.process(a);
      for (LayerKey<?> k : out) {
        bh.consume(a.get(k));
      }
    }
  }
}
