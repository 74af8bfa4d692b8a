package org.warta.bench;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.LogManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.eval.Counts;
import org.warta.eval.SharedData;
import org.warta.eval.timeml.TimeMlReader;
import org.warta.eval.timeml.Timex;
import org.warta.eval.timeml.TimexBenchmark;
import org.warta.eval.timeml.TimexEvaluation;
import org.warta.lang.id.IndonesianTime;
import org.warta.nlp.time.TimeStage;

/**
 * Warta's time layer and HeidelTime side by side on the same text: the IndoTimex dev documents with
 * their gold TIMEX3 (the scorer of {@code warta eval timex}), CPU time of one thread and F1 for
 * each.
 *
 * <pre>
 * java -cp warta-bench/target/benchmarks.jar org.warta.bench.TimexComparison [DIR [GOLD_DIR]] [--rounds N]
 * </pre>
 *
 * <p>Defaults: {@code ../shared/data/timex/indotimex-dev} and the project's {@code
 * gold/timex/indotimex-dev}. HeidelTime 2.2.1 (Maven Central, GPL-3.0, confined to this module)
 * runs in its standalone mode with the automatically created Indonesian resources it ships ({@code
 * auto-indonesian}), document type NEWS with the document's DCT as reference date, and no
 * part-of-speech tagger ({@code POSTagger.NO}: its language-independent tokenizer and sentence
 * splitter); configuration is given in code, so nothing outside the jars is needed. Both systems
 * get the same text T of each document; HeidelTime's TimeML output is mapped back to offsets into T
 * by walking it in step with T.
 *
 * <p>Timing: each system runs over all documents once to warm up, then {@code --rounds} times
 * (default 5) on one thread; the figure is documents and characters per CPU-second of that thread
 * (wall-clock is reported too, but on a shared machine CPU time is the comparable one).
 */
public final class TimexComparison {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Pattern TIMEX =
      Pattern.compile("<TIMEX3\\b([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private TimexComparison() {}

  public static void main(String[] args) throws Exception {
    LogManager.getLogManager().reset(); // HeidelTime logs every document at INFO
    List<String> positional = new ArrayList<>();
    int rounds = 5;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[++i]);
      } else {
        positional.add(args[i]);
      }
    }
    Optional<Path> dir =
        positional.size() > 0
            ? Optional.of(Path.of(positional.get(0)))
            : SharedData.resolve("data/timex/indotimex-dev");
    Optional<Path> gold =
        positional.size() > 1
            ? Optional.of(Path.of(positional.get(1)))
            : projectPath("gold/timex/indotimex-dev");
    if (dir.isEmpty() || !Files.isDirectory(dir.get()) || gold.isEmpty()) {
      System.err.println(
          "usage: TimexComparison [DIR [GOLD_DIR]] [--rounds N]"
              + " (defaults ../shared/data/timex/indotimex-dev and gold/timex/indotimex-dev)");
      System.exit(2);
    }
    List<TimexBenchmark.Item> items = TimexBenchmark.load(dir.get(), gold.get());
    long chars = items.stream().mapToLong(i -> i.doc().text().length()).sum();
    System.out.printf(
        Locale.ROOT,
        "IndoTimex dev: %d documents, %d characters, gold %s%n%n",
        items.size(),
        chars,
        gold.get());

    TimeStage warta = new TimeStage(IndonesianTime.grammar());
    Result w = run("Warta time layer", items, rounds, item -> TimexBenchmark.predict(warta, item));

    HeidelTimeStandalone heidel = heidelTime();
    int[] unaligned = new int[2];
    Result h =
        run(
            "HeidelTime 2.2.1 auto-indonesian",
            items,
            rounds,
            item -> heidel(heidel, item, unaligned));

    System.out.println(
        "| system | docs/CPU-s | chars/CPU-s | docs/s wall | strict F1 | relaxed F1 | type F1 |"
            + " value F1 | predicted |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Result r : List.of(w, h)) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.0f | %.1f | %.3f | %.3f | %.3f | %.3f | %d |%n",
          r.name,
          items.size() / r.cpuSeconds,
          chars / r.cpuSeconds,
          items.size() / r.wallSeconds,
          r.eval.strict().f1(),
          r.eval.relaxed().f1(),
          r.eval.type().f1(),
          r.eval.value().f1(),
          predicted(r.eval));
    }
    System.out.printf(
        Locale.ROOT,
        "%nWarta is %.1f times faster per CPU-second. HeidelTime tags not mapped back to the text:"
            + " %d of %d (over the warm-up and timed rounds).%n",
        h.cpuSeconds / w.cpuSeconds,
        unaligned[1],
        unaligned[0]);
  }

  private static long predicted(TimexEvaluation eval) {
    Counts c = eval.relaxed();
    return c.tp() + c.fp();
  }

  /** The outcome of one system: scores of the first round, time per round. */
  private record Result(String name, TimexEvaluation eval, double cpuSeconds, double wallSeconds) {}

  private static Result run(
      String name,
      List<TimexBenchmark.Item> items,
      int rounds,
      Function<org.warta.eval.timeml.TimeMlDocument, List<Timex>> system) {
    TimexEvaluation eval = new TimexEvaluation();
    for (TimexBenchmark.Item item : items) { // warm-up round, scored
      eval.add(item.name(), item.doc().text(), item.gold(), system.apply(item.doc()));
    }
    long c0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (TimexBenchmark.Item item : items) {
        sink += system.apply(item.doc()).size();
      }
    }
    double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9 / rounds;
    double wall = (System.nanoTime() - t0) / 1e9 / rounds;
    if (sink < 0) {
      throw new AssertionError();
    }
    return new Result(name, eval, cpu, wall);
  }

  /** HeidelTime standalone, configured in code: all four TIMEX3 types, no temponyms, no tagger. */
  static HeidelTimeStandalone heidelTime() {
    Properties p = new Properties();
    p.setProperty("considerDate", "true");
    p.setProperty("considerDuration", "true");
    p.setProperty("considerSet", "true");
    p.setProperty("considerTime", "true");
    p.setProperty("considerTemponym", "false");
    p.setProperty("typeSystemHome", "desc/type/HeidelTime_TypeSystem.xml");
    p.setProperty("typeSystemHome_DKPro", "desc/type/DKPro_TypeSystem.xml");
    p.setProperty("uimaVarDate", "Date");
    p.setProperty("uimaVarDuration", "Duration");
    p.setProperty("uimaVarLanguage", "Language");
    p.setProperty("uimaVarSet", "Set");
    p.setProperty("uimaVarTime", "Time");
    p.setProperty("uimaVarTemponym", "Temponym");
    p.setProperty("uimaVarTypeToProcess", "Type");
    Config.setProps(p);
    return new HeidelTimeStandalone(
        Language.getLanguageFromString("auto-indonesian"),
        DocumentType.NEWS,
        OutputType.TIMEML,
        null,
        POSTagger.NO);
  }

  /**
   * HeidelTime's TIMEX3 of one document, with offsets into the document's text; {@code counts}
   * accumulates the tags seen and those that could not be mapped back.
   */
  static List<Timex> heidel(
      HeidelTimeStandalone ht, org.warta.eval.timeml.TimeMlDocument doc, int[] counts) {
    String text = doc.text();
    LocalDate dct = doc.dct() != null ? doc.dct() : LocalDate.now();
    String out;
    try {
      out = ht.process(text, Date.from(dct.atStartOfDay(ZoneOffset.UTC).toInstant()));
    } catch (Exception e) {
      throw new IllegalStateException("HeidelTime failed on " + doc.docId(), e);
    }
    List<Timex> aligned = align(text, out);
    int tags = 0;
    for (int i = out.indexOf("<TIMEX3"); i >= 0; i = out.indexOf("<TIMEX3", i + 1)) {
      tags++;
    }
    counts[0] += tags;
    counts[1] += tags - aligned.size();
    return aligned;
  }

  /**
   * Maps HeidelTime's tagged output back onto {@code text}: outside the tags the output is the text
   * (entities decoded), so a cursor into the text follows the output and each tag's content is
   * found at the cursor.
   */
  static List<Timex> align(String text, String output) {
    int open = output.indexOf("<TimeML>");
    int close = output.lastIndexOf("</TimeML>");
    String body = output.substring(open + "<TimeML>".length(), close);
    int lead = 0;
    while (lead < body.length() && (body.charAt(lead) == '\n' || body.charAt(lead) == '\r')) {
      lead++;
    }
    body = body.substring(lead);
    List<Timex> out = new ArrayList<>();
    Matcher m = TIMEX.matcher(body);
    int cursor = 0;
    int from = 0;
    while (m.find()) {
      String before = TimeMlReader.decodeEntities(body.substring(from, m.start()));
      int at = text.indexOf(before, cursor);
      cursor = at >= 0 ? at + before.length() : cursor + before.length();
      String inner = TimeMlReader.decodeEntities(m.group(2));
      int start = text.indexOf(inner, cursor);
      if (start < 0) {
        from = m.end();
        continue;
      }
      int end = start + inner.length();
      String type = null;
      String value = null;
      String tid = null;
      Matcher a = ATTR.matcher(m.group(1));
      while (a.find()) {
        switch (a.group(1)) {
          case "type" -> type = a.group(2);
          case "value" -> value = a.group(2);
          case "tid" -> tid = a.group(2);
          default -> {}
        }
      }
      if (type != null && end > start) {
        out.add(new Timex(tid, start, end, type, value, inner));
      }
      cursor = end;
      from = m.end();
    }
    return out;
  }

  /** {@code relative} under the working directory or one of its parents. */
  private static Optional<Path> projectPath(String relative) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path g = p.resolve(relative);
      if (Files.isDirectory(g)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
