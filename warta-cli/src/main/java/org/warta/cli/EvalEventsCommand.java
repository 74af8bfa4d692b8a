package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.eval.EventEvaluator;
import org.warta.eval.SharedData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval events}: scores the events layer against the stand-off gold. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description =
        "Scores the events layer against stand-off gold (gold/events/*.tsv): trigger+type"
            + " precision/recall/F1 per type (micro and macro), argument P/R/F1 on matched events"
            + " (actors, targets, places, time), and the worst articles.")
final class EvalEventsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "GOLD_DIR",
      description = "Directory of gold *.tsv files (default: gold/events).")
  Path goldDir = Path.of("gold/events");

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description =
          "Directory of the articles, with INDEX.tsv (default: ../shared/data/articles); the"
              + " shared seeds directory is searched too.")
  Path articles;

  @Option(
      names = "--worst",
      paramLabel = "N",
      description = "How many of the worst articles to list in detail (default: ${DEFAULT-VALUE}).")
  int worst = 3;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path dir = articles != null ? articles : SharedData.resolve("data/articles").orElse(null);
    if (dir == null || !Files.isDirectory(dir)) {
      err.println("warta eval events: no articles directory (use --articles DIR)");
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(goldDir)) {
      err.println("warta eval events: " + goldDir + ": not a directory");
      return ExitCodes.USAGE;
    }
    List<Path> extra = new ArrayList<>();
    SharedData.resolve("seeds").ifPresent(extra::add);
    try {
      EventEvaluator.Report report =
          new EventEvaluator(ArticleAnalyzer.standard()).evaluate(goldDir, dir, extra);
      spec.commandLine().getOut().print(report.toText(worst));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (IOException | IllegalStateException e) {
      err.println("warta eval events: " + e.getMessage());
      return ExitCodes.SOME_SKIPPED;
    }
  }
}
