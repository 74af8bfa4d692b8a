package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.eval.QuantityEvaluator;
import org.warta.eval.SharedData;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval quantities}: scores the quantities layer against the stand-off gold. */
@Command(
    name = "quantities",
    mixinStandardHelpOptions = true,
    description =
        "Scores the quantities layer against stand-off gold (gold/quantities/*.tsv): detection,"
            + " value+approx, object and category precision/recall/F1, and the worst articles.")
final class EvalQuantitiesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "GOLD_DIR",
      description = "Directory of gold *.tsv files (default: gold/quantities).")
  Path goldDir = Path.of("gold/quantities");

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
  int worst = 5;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path dir = articles != null ? articles : SharedData.resolve("data/articles").orElse(null);
    if (dir == null || !Files.isDirectory(dir)) {
      err.println("warta eval quantities: no articles directory (use --articles DIR)");
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(goldDir)) {
      err.println("warta eval quantities: " + goldDir + ": not a directory");
      return ExitCodes.USAGE;
    }
    List<Path> extra = new ArrayList<>();
    SharedData.resolve("seeds").ifPresent(extra::add);
    try {
      QuantityEvaluator.Report report =
          new QuantityEvaluator(ArticleAnalyzer.standard()).evaluate(goldDir, dir, extra);
      spec.commandLine().getOut().print(report.toText(worst));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (IOException | IllegalStateException e) {
      err.println("warta eval quantities: " + e.getMessage());
      return ExitCodes.SOME_SKIPPED;
    }
  }
}
