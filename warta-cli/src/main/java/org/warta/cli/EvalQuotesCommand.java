package org.warta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.eval.GoldArticles;
import org.warta.eval.QuoteEvaluator;
import org.warta.eval.StandoffGold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval quotes}: quote detection and speaker accuracy against gold/quotes. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "Scores quotes against stand-off gold (gold/quotes/*.tsv): detection P/R/F1 with overlap"
            + " >= 50%% of the gold span, speaker accuracy on matched quotes, worst articles.")
final class EvalQuotesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "Gold directory (default gold/quotes).")
  Path gold;

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description =
          "Directory holding the annotated articles (repeatable; default ../shared/data/articles"
              + " and ../shared/seeds).")
  List<Path> articles;

  @Option(names = "--worst", defaultValue = "5", description = "How many worst articles to list.")
  int worst;

  @Override
  public Integer call() {
    Path dir = gold != null ? gold : GoldDirs.gold("quotes");
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("warta eval quotes: no gold directory " + dir);
      return ExitCodes.USAGE;
    }
    GoldArticles found = GoldDirs.articles(articles);
    QuoteEvaluator.Report report =
        new QuoteEvaluator(ArticleAnalyzer.standard()).evaluate(StandoffGold.readDir(dir), found);
    spec.commandLine().getOut().print(report.toMarkdown(worst));
    return report.articles().isEmpty() ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
  }
}
