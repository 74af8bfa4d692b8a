package org.warta.nlp.entity.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warta.eval.conll.ConllReader;
import org.warta.eval.conll.ConllSentence;
import org.warta.model.Token;

/**
 * Measures the tagging speed of the committed NER model (prints, asserts nothing):
 *
 * <pre>
 * java -cp "warta-cli/target/warta.jar:warta-cli/target/lib/*" \
 *     org.warta.nlp.entity.ner.NerBenchmark ../shared/data/ner/idner-news-2k/dev.txt [ROUNDS] [read]
 * </pre>
 *
 * Tags every sentence of the CoNLL file through {@link SequenceNameFinder#find} (tokens with char
 * offsets), or with {@code read} through {@link SequenceNameFinder#read} as the entity stage calls
 * it (names plus every token's probability of lying outside a name, which needs the
 * forward-backward pass in every sentence), one thread, after a warm-up round. Reports wall-clock
 * and thread-CPU rates: on a shared machine the CPU-time rate is the one that says what the code
 * costs.
 */
public final class NerBenchmark {
  private NerBenchmark() {}

  public static void main(String[] args) {
    List<ConllSentence> sentences = ConllReader.read(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    boolean read = args.length > 2 && args[2].equals("read");
    List<String> texts = new ArrayList<>();
    List<List<Token>> tokens = new ArrayList<>();
    long tokenCount = 0;
    for (ConllSentence s : sentences) {
      StringBuilder b = new StringBuilder();
      List<Token> toks = new ArrayList<>();
      for (String w : s.tokens()) {
        toks.add(new Token(w, b.length(), b.length() + w.length(), Token.Kind.WORD));
        b.append(w).append(' ');
      }
      texts.add(b.toString());
      tokens.add(toks);
      tokenCount += toks.size();
    }
    long t0 = System.nanoTime();
    SequenceNameFinder finder = SequenceNameFinder.indonesian();
    System.out.printf(Locale.ROOT, "model load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    long names = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = 0; r <= rounds; r++) {
      long start = System.nanoTime();
      long cpu = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < texts.size(); i++) {
        names +=
            read
                ? finder.read(texts.get(i), tokens.get(i)).names().size()
                : finder.find(texts.get(i), tokens.get(i)).size();
      }
      double secs = (System.nanoTime() - start) / 1e9;
      double cpuSecs = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s: %,.0f sentences/s, %,.0f tokens/s (wall); %,.0f sentences/s, %,.0f tokens/s (CPU"
              + " time of the tagging thread)%n",
          r == 0 ? "warm-up" : "round " + r,
          texts.size() / secs,
          tokenCount / secs,
          texts.size() / cpuSecs,
          tokenCount / cpuSecs);
    }
    System.out.println("(names found: " + names + ")");
  }
}
