package org.warta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.eval.ClaimEvaluator;
import org.warta.eval.GoldArticles;
import org.warta.eval.StandoffGold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta eval claims}: claim detection, modality and source accuracy against gold/claims. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description =
        "Scores claims against stand-off gold (gold/claims/*.tsv): detection P/R/F1 with overlap"
            + " >= 50%% of the gold span, modality and source accuracy on matched claims, worst"
            + " articles.")
final class EvalClaimsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      paramLabel = "DIR",
      description = "Gold directory (default gold/claims).")
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
    Path dir = gold != null ? gold : GoldDirs.gold("claims");
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("warta eval claims: no gold directory " + dir);
      return ExitCodes.USAGE;
    }
    GoldArticles found = GoldDirs.articles(articles);
    ClaimEvaluator.Report report =
        new ClaimEvaluator(ArticleAnalyzer.standard()).evaluate(StandoffGold.readDir(dir), found);
    spec.commandLine().getOut().print(report.toMarkdown(worst));
    return report.articles().isEmpty() ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
  }
}
