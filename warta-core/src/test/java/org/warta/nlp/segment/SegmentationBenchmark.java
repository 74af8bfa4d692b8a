package org.warta.nlp.segment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;
import org.warta.testdata.IndoSumArticles;

/**
 * Throughput of {@link SentenceTokenStage} alone on detokenised IndoSum articles, one thread. A
 * benchmark, not a test: run it by hand (see the class's main) and report the figure.
 *
 * <pre>
 * mvn -q -B -o test-compile -pl warta-core
 * java -cp warta-core/target/classes:warta-core/target/test-classes:$(cat cp.txt) \
 *   org.warta.nlp.segment.SegmentationBenchmark [ARTICLES] [ROUNDS]
 * </pre>
 */
public final class SegmentationBenchmark {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private SegmentationBenchmark() {}

  public static void main(String[] args) {
    int max = args.length > 0 ? Integer.parseInt(args[0]) : 3463;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> texts = IndoSumArticles.read(max);
    long chars = texts.stream().mapToLong(String::length).sum();
    SentenceTokenStage stage = new SentenceTokenStage();
    long tokens = 0;
    long sentences = 0;
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      long c0 = CPU.getCurrentThreadCpuTime();
      tokens = 0;
      sentences = 0;
      for (String text : texts) {
        AnnotatedArticle a = AnnotatedArticle.of(text, null);
        stage.process(a);
        tokens += a.get(Layers.TOKENS).size();
        sentences += a.get(Layers.SENTENCES).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "round %d: %d articles (%.1f MB) in %.3f s = %.0f articles/s, %.1f MB/s, %.2f M tokens/s"
              + " (%d tokens, %d sentences); CPU time %.3f s = %.0f articles/s%n",
          round + 1,
          texts.size(),
          chars / 1e6,
          s,
          texts.size() / s,
          chars / 1e6 / s,
          tokens / 1e6 / s,
          tokens,
          sentences,
          cpu,
          texts.size() / cpu);
    }
  }
}
