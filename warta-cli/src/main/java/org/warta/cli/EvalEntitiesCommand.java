package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.clean.ArticleCleaner;
import org.warta.eval.EntityEvaluator;
import org.warta.eval.SharedData;
import org.warta.lang.generic.GenericLanguagePack;
import org.warta.lang.id.IndonesianLanguagePack;
import org.warta.nlp.entity.EntityStage;
import org.warta.nlp.entity.NameFinder;
import org.warta.nlp.langid.LinguaLanguageIdentifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval entities}: entity mentions against the stand-off gold in gold/entities. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description =
        "Scores entity mentions (exact span and type; PERSON, ORGANIZATION, LOCATION) against"
            + " stand-off gold files, with canonical-name accuracy and the worst articles.")
final class EvalEntitiesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "GOLD_DIR",
      description = "Directory of gold *.tsv files (default: gold/entities).")
  Path goldDir = Path.of("gold/entities");

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description =
          "Where the articles are (repeatable; default: ../shared/data/articles and"
              + " ../shared/seeds).")
  List<Path> articleDirs = new ArrayList<>();

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "rules, model or combined (default: ${DEFAULT-VALUE}).")
  String mode = "combined";

  @Option(names = "--worst", paramLabel = "N", description = "Worst articles listed (default: 5).")
  int worst = 5;

  @Option(names = "--details", description = "List every false positive and false negative.")
  boolean details;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EntityStage.Mode m;
    try {
      m = EntityStage.Mode.valueOf(mode.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("warta eval entities: unknown mode '" + mode + "' (rules, model, combined)");
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(goldDir)) {
      err.println("warta eval entities: " + goldDir + ": not a directory");
      return ExitCodes.USAGE;
    }
    List<Path> dirs = new ArrayList<>(articleDirs);
    if (dirs.isEmpty()) {
      SharedData.resolve("data/articles").ifPresent(dirs::add);
      SharedData.resolve("seeds").ifPresent(dirs::add);
    }
    if (dirs.isEmpty()) {
      err.println("warta eval entities: no article directory (give --articles DIR)");
      return ExitCodes.USAGE;
    }
    List<NameFinder> finders = IndonesianLanguagePack.discoveredNameFinders();
    if (m != EntityStage.Mode.RULES && finders.isEmpty()) {
      err.println("warta eval entities: no NameFinder on the class path; " + mode + " = rules");
    }
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(
            ArticleCleaner.standard(),
            LinguaLanguageIdentifier.standard(),
            List.of(new IndonesianLanguagePack(m, finders)),
            new GenericLanguagePack());
    try {
      List<EntityEvaluator.GoldFile> golds = EntityEvaluator.readAll(goldDir);
      EntityEvaluator.Report report = new EntityEvaluator(analyzer).evaluate(golds, dirs);
      out.println(
          "Mode: " + mode + ", gold: " + goldDir + ", " + report.articles().size() + " articles");
      out.println();
      out.println(EntityEvaluator.format(report, worst, details));
      return report.warnings().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_SKIPPED;
    } catch (IOException e) {
      err.println("warta eval entities: " + e.getMessage());
      return ExitCodes.SOME_SKIPPED;
    }
  }
}
