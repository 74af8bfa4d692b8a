package org.warta.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.analysis.SharedAnalyzer;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ContentType;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.BudgetExceededException;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * The pathological inputs of issue 9, through the same steps as {@code warta analyze} and {@code
 * warta ingest} (size limit, decoding, cleaning or HTML extraction, every pipeline stage under its
 * budget): a 50 MB single line, 100,000 nested HTML elements, text built to make regular
 * expressions and quadratic loops work hard, and 7.7 MB of random garbage text. Each one either
 * comes out as a valid record or is rejected with a reason, and never stalls: the time each takes
 * is printed, not asserted (the machine is shared), but the whole test has a timeout.
 *
 * <p>{@link #stagesScaleLinearly()} measures every stage on inputs of doubling size without a
 * budget, to find superlinear stages; it runs only with {@code -Dwarta.scaling=true}:
 *
 * <pre>
 * mvn -q -B -o test -pl warta-core -Dtest=PathologicalInputTest -Dwarta.scaling=true
 * </pre>
 */
class PathologicalInputTest {
  private static final Duration BUDGET = ArticleAnalyzer.DEFAULT_STAGE_BUDGET;
  private static final List<String> sentences = loadSentences();

  private static List<String> loadSentences() {
    try {
      return Files.readAllLines(
              Path.of("src/test/resources/org/warta/robust/genuine-sentences-id.txt"),
              StandardCharsets.UTF_8)
          .stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What became of one input. */
  record Outcome(String name, int bytes, String result, double seconds) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%-28s %,12d bytes  %7.2f s  %s", name, bytes, seconds, result);
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void pathologicalInputsAreAnalyzedOrSkippedWithAReasonWithoutStalling() {
    ArticleAnalyzer analyzer = SharedAnalyzer.get().withStageBudget(BUDGET);
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("50mb-one-line.txt", utf8(oneLine(50_000_000)));
    inputs.put("nested-divs-100k.html", utf8(nestedHtml(100_000)));
    inputs.put("unclosed-inline-50k.html", utf8(unclosedInline(50_000)));
    inputs.put("regex-hostile-mixed.txt", utf8(regexHostile(new Random(1), 2_000_000)));
    inputs.put("capitalised-run.txt", utf8(capitalisedRun(1_000_000)));
    inputs.put("digits-and-dots.txt", utf8(digitsAndDots(1_000_000)));
    inputs.put("garbage-7.7mb.txt", utf8(garbage(new Random(7), 7_700_000)));
    inputs.put("garbage-words-7.7mb.txt", utf8(garbageWords(new Random(8), 7_700_000)));

    List<Outcome> outcomes = new ArrayList<>();
    // the default size limit of warta analyze / ingest (10 MB) rejects the 50 MB line at once
    outcomes.add(
        run(
            analyzer,
            new TextDecoder(TextDecoder.Encoding.UTF_8, 10_000_000L),
            "50mb-one-line.txt (default)",
            inputs.get("50mb-one-line.txt")));
    assertThat(outcomes.get(0).result()).startsWith("skipped: too large");
    // with the limit raised every input reaches cleaning and the stages
    TextDecoder raised = new TextDecoder(TextDecoder.Encoding.UTF_8, 60_000_000L);
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      outcomes.add(run(analyzer, raised, e.getKey(), e.getValue()));
    }
    System.out.println("pathological inputs, stage budget " + BUDGET.toMillis() + " ms:");
    outcomes.forEach(o -> System.out.println("  " + o));
    for (Outcome o : outcomes) {
      assertThat(o.result()).as(o.name()).doesNotContain("internal error");
      assertThat(o.result()).as(o.name()).matches("(analyzed|skipped: .+)");
    }
    // a genuine article right after them is analysed normally: nothing was left in a bad state
    Outcome after =
        run(analyzer, raised, "genuine.txt", utf8("Banjir di Bekasi\n\n" + sentences.get(3)));
    assertThat(after.result()).isEqualTo("analyzed");
  }

  /**
   * Per-stage CPU time on inputs of doubling size (no budget): a stage whose time grows by much
   * more than twice per doubling is superlinear. Printed for docs/robustness.md.
   */
  @Test
  void stagesScaleLinearly() {
    Assumptions.assumeTrue(Boolean.getBoolean("warta.scaling"), "run with -Dwarta.scaling=true");
    ArticleAnalyzer analyzer = SharedAnalyzer.get().withStageBudget(null);
    Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
    kinds.put("garbage", n -> garbage(new Random(7), n));
    kinds.put("garbage-words", n -> garbageWords(new Random(8), n));
    kinds.put("regex-hostile", n -> regexHostile(new Random(1), n));
    kinds.put("capitalised-run", PathologicalInputTest::capitalisedRun);
    kinds.put("digits-and-dots", PathologicalInputTest::digitsAndDots);
    kinds.put("one-line", PathologicalInputTest::oneLine);
    int[] sizes =
        Arrays.stream(System.getProperty("warta.scaling.sizes", "200000,400000,800000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    String only = System.getProperty("warta.scaling.kinds", "");
    for (Map.Entry<String, IntFunction<String>> k : kinds.entrySet()) {
      if (!only.isEmpty() && !List.of(only.split(",")).contains(k.getKey())) {
        continue;
      }
      System.out.println("scaling of " + k.getKey() + " (CPU ms per stage, Indonesian pipeline):");
      for (int size : sizes) {
        String text = "Judul\n\n" + k.getValue().apply(size);
        RawArticle raw = new RawArticle("x.txt", text, ArticleMetadata.NONE);
        long t0 = cpu();
        ArticleAnalyzer.Prepared p = analyzer.prepare(raw, ArticleMetadata.NONE);
        long clean = cpu() - t0;
        StringBuilder b =
            new StringBuilder(
                String.format(Locale.ROOT, "  %,10d chars: clean %d", size, ms(clean)));
        AnnotatedArticle article =
            new AnnotatedArticle(p.cleaned().text(), p.cleaned().paragraphs(), null);
        article.put(Layers.LANGUAGE, "id");
        long total = clean;
        for (Stage stage : analyzer.pipelineFor("id").stages()) {
          long t = cpu();
          try (Deadline d = Deadline.start(stage.name(), Duration.ofSeconds(60))) {
            stage.process(article);
          } catch (BudgetExceededException e) {
            b.append(" [").append(stage.name()).append(" over 60 s]");
            break;
          }
          long used = cpu() - t;
          total += used;
          b.append(", ").append(stage.name()).append(' ').append(ms(used));
        }
        b.append("; total ").append(ms(total));
        System.out.println(b);
        assertThat(p.cleaned().text()).isNotEmpty();
      }
    }
  }

  private static long cpu() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static Outcome run(ArticleAnalyzer analyzer, TextDecoder decoder, String name, byte[] b) {
    long t0 = System.nanoTime();
    String result;
    try {
      String text = decoder.decode(name, b);
      RawArticle raw =
          new RawArticle(
              name,
              text,
              ArticleMetadata.NONE,
              name.contains(".html") ? ContentType.HTML : ContentType.TEXT);
      ArticleAnalyzer.Prepared p = analyzer.prepare(raw, ArticleMetadata.NONE);
      if (p.cleaned().text().isBlank()) {
        result = "skipped: no article text found";
      } else {
        Analysis a = analyzer.analyzeDetailed(p.raw(), p.cleaned());
        assertThat(org.warta.analysis.RecordValidator.problems(a.record())).isEmpty();
        result = "analyzed";
      }
    } catch (InputRejectedException e) {
      result = "skipped: " + e.reason();
    } catch (BudgetExceededException e) {
      result = "skipped: " + e.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      result = "internal error: " + e;
    }
    return new Outcome(name, b.length, result, (System.nanoTime() - t0) / 1e9);
  }

  // ------------------------------------------------------------------ generators

  /** Genuine sentences on one endless line: no paragraph break anywhere. */
  static String oneLine(int size) {
    StringBuilder b = new StringBuilder(size + 200).append("Judul Berita Panjang ");
    Random rnd = new Random(3);
    while (b.length() < size) {
      b.append(sentences.get(rnd.nextInt(sentences.size()))).append(' ');
    }
    return b.toString();
  }

  static String nestedHtml(int depth) {
    return "<!DOCTYPE html><html><head><title>Banjir di Bekasi</title></head><body>"
        + "<div>".repeat(depth)
        + "<p>Banjir merendam 600 rumah di Bekasi pada Senin pagi, kata Camat Rudi Hartono.</p>"
        + "</div>".repeat(depth)
        + "</body></html>";
  }

  /** Inline elements that are never closed: each one nests inside the last. */
  static String unclosedInline(int n) {
    StringBuilder b = new StringBuilder("<html><body><article><h1>Judul</h1><p>");
    String[] tags = {"<b>", "<i>", "<span>", "<font>", "<a href=x>", "<em>"};
    for (int i = 0; i < n; i++) {
      b.append(tags[i % tags.length]).append("kata ");
    }
    return b.append("</p></article></body></html>").toString();
  }

  /** Units that regular expressions of the number, time, quote and sentence stages care about. */
  static String regexHostile(Random rnd, int size) {
    String[] units = {
      "a",
      "aaaa ",
      ".",
      "...",
      "\"",
      "“",
      "”",
      "(",
      ")",
      "1.",
      "1,",
      "Rp",
      "-",
      "—",
      "/",
      "Senin ",
      "pukul ",
      "09.",
      "Baca juga ",
      "kata ",
      "menurut ",
      "ribu ",
      "juta ",
      "sekitar ",
      "Jl. ",
      "Dr. ",
      "A. ",
      "hingga ",
      "dan ",
      "yang ",
      "BNPB ",
      "Kim ",
      "Jong ",
      "Un ",
      "1/1/",
      "tewas ",
      ", ",
      "\n",
      "'",
      "-nya ",
      "se",
      "di ",
      "ke ",
      "ujar ",
      "tahun ",
      "persen ",
      "%",
      "orang "
    };
    StringBuilder b = new StringBuilder(size + 20);
    while (b.length() < size) {
      // runs of one unit (what backtracking hates) alternate with random mixtures
      String unit = units[rnd.nextInt(units.length)];
      int run = rnd.nextInt(4) == 0 ? 2_000 : 1 + rnd.nextInt(20);
      for (int i = 0; i < run && b.length() < size; i++) {
        b.append(rnd.nextBoolean() ? unit : units[rnd.nextInt(units.length)]);
      }
    }
    return b.toString();
  }

  /** One endless "name": capitalised words without a break, the entity stage's worst case. */
  static String capitalisedRun(int size) {
    StringBuilder b = new StringBuilder(size + 20);
    String[] words = {"Kata ", "Jalan ", "Bupati ", "Kota ", "Pak ", "Dr. ", "PT ", "Bank "};
    int i = 0;
    while (b.length() < size) {
      b.append(words[i++ % words.length]);
    }
    return b.toString();
  }

  static String digitsAndDots(int size) {
    StringBuilder b = new StringBuilder(size + 20);
    int i = 0;
    while (b.length() < size) {
      b.append(i % 7 == 0 ? "1.000," : i % 5 == 0 ? "09.15 " : "1.").append(i % 97 == 0 ? ' ' : "");
      i++;
    }
    return b.toString();
  }

  /** Random printable characters, spaces and line breaks: what a mis-decoded binary looks like. */
  static String garbage(Random rnd, int size) {
    StringBuilder b = new StringBuilder(size);
    String alphabet =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?\"'()[]{}-_/\\%&*#@"
            + "“”‘’—–…éèüöñçÃ©Ã¨Â ";
    while (b.length() < size) {
      int r = rnd.nextInt(100);
      if (r < 14) {
        b.append(' ');
      } else if (r == 14) {
        b.append('\n');
      } else {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
    }
    return b.toString();
  }

  /** Random word-like tokens, a third of them capitalised, with random punctuation. */
  static String garbageWords(Random rnd, int size) {
    StringBuilder b = new StringBuilder(size + 40);
    while (b.length() < size) {
      int len = 1 + rnd.nextInt(10);
      boolean cap = rnd.nextInt(3) == 0;
      for (int i = 0; i < len; i++) {
        char c = (char) ('a' + rnd.nextInt(26));
        b.append(i == 0 && cap ? Character.toUpperCase(c) : c);
      }
      int p = rnd.nextInt(40);
      b.append(
          p == 0 ? ". " : p == 1 ? ", " : p == 2 ? "\n\n" : p == 3 ? " \"" : p == 4 ? "\" " : " ");
    }
    return b.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
