package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.eval.timeml.TimeMlWriter;
import org.warta.eval.timeml.Timex;
import org.warta.eval.timeml.TimexBenchmark;
import org.warta.eval.timeml.TimexEvaluation;
import org.warta.eval.timeml.TimexStandoff;
import org.warta.lang.id.IndonesianTime;
import org.warta.nlp.time.TimeStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval timex DIR}: TIMEX3 recognition and normalisation scores, TempEval-3 style. */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the time-expression stage on a directory of TimeML files (text and DCT) and scores it"
          + " against gold TIMEX3: strict and relaxed recognition, type, value (P/R/F1).",
      "Gold: the stand-off files of --gold; else the files' in-text TIMEX3 tags; else"
          + " gold/timex/<name of DIR>/ in the project (as for indotimex-dev)."
    })
final class EvalTimexCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Directory of TimeML (.tml) files.")
  Path dir;

  @Option(
      names = "--gold",
      paramLabel = "GOLD_DIR",
      description = "Directory of stand-off gold files (<DOCID>.tsv, checksummed).")
  Path gold;

  @Option(names = "--errors", description = "List every false positive, miss and wrong value.")
  boolean errors;

  @Option(
      names = "--worst",
      defaultValue = "10",
      description = "How many worst documents to list. Default: ${DEFAULT-VALUE}.")
  int worst;

  @Option(
      names = "--write-timeml",
      paramLabel = "OUT_DIR",
      description = "Also write the predicted TimeML of every document to OUT_DIR.")
  Path writeTimeMl;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("warta eval timex: " + dir + " is not a directory");
      return ExitCodes.USAGE;
    }
    if (gold != null && !Files.isDirectory(gold)) {
      err.println("warta eval timex: --gold: " + gold + " is not a directory");
      return ExitCodes.USAGE;
    }
    List<TimexBenchmark.Item> items;
    String goldSource;
    try {
      Path goldDir = gold;
      if (goldDir == null && !TimexBenchmark.hasInlineGold(dir)) {
        goldDir =
            projectGold(dir.toAbsolutePath().normalize().getFileName().toString()).orElse(null);
        if (goldDir == null) {
          err.println(
              "warta eval timex: no gold: the files in "
                  + dir
                  + " have no TIMEX3 tags in their TEXT and no stand-off gold"
                  + " was found (use --gold GOLD_DIR)");
          return ExitCodes.USAGE;
        }
      }
      goldSource = goldDir == null ? "in-text TIMEX3 tags" : "stand-off " + goldDir;
      items = TimexBenchmark.load(dir, goldDir);
    } catch (TimexStandoff.MismatchException e) {
      err.println("warta eval timex: gold does not fit the text: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException | IOException e) {
      err.println("warta eval timex: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (items.isEmpty()) {
      err.println("warta eval timex: no documents to score in " + dir);
      return ExitCodes.USAGE;
    }
    TimeStage stage = new TimeStage(IndonesianTime.grammar());
    TimexEvaluation eval = new TimexEvaluation();
    for (TimexBenchmark.Item item : items) {
      List<Timex> predicted = TimexBenchmark.predict(stage, item.doc());
      eval.add(item.name(), item.doc().text(), item.gold(), predicted);
      if (writeTimeMl != null) {
        try {
          Files.createDirectories(writeTimeMl);
          Files.writeString(
              writeTimeMl.resolve(item.name() + ".tml"),
              TimeMlWriter.write(
                  item.doc().docId(),
                  item.doc().dct(),
                  item.doc().title(),
                  item.doc().text(),
                  predicted),
              StandardCharsets.UTF_8);
        } catch (IOException e) {
          err.println("warta eval timex: --write-timeml: cannot write: " + e.getMessage());
          return ExitCodes.USAGE;
        }
      }
    }
    out.println("Gold: " + goldSource);
    out.println();
    out.print(eval.report(worst, errors));
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code gold/timex/<name>} in the working directory, its parents, or beside the jar. */
  private static Optional<Path> projectGold(String name) {
    List<Path> roots = new ArrayList<>();
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      roots.add(p);
    }
    try {
      Path jar =
          Path.of(
              EvalTimexCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar.getParent(); p != null; p = p.getParent()) {
        roots.add(p);
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // no code source: only the working directory is searched
    }
    for (Path r : roots) {
      Path g = r.resolve("gold").resolve("timex").resolve(name);
      if (Files.isDirectory(g)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
