package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.eval.ScoreTable;
import org.warta.eval.ud.SegmentationEvaluation;
import org.warta.eval.ud.SegmentationGold;
import org.warta.nlp.segment.SentenceTokenStage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Shared body of {@code warta eval sentences} and {@code warta eval tokens}: runs the segmenter on
 * the running text of each CoNLL-U file and prints one score row per file.
 */
abstract class EvalSegmentationCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--errors",
      paramLabel = "N",
      defaultValue = "0",
      description = "Also print up to N errors per file (FN = missed, FP = spurious).")
  int errors;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      defaultValue = "lines",
      description =
          "How the sentences of a file become text: 'running' joins them all with one space;"
              + " 'lines' (default) also starts a new paragraph after a sentence that lacks final"
              + " punctuation (a headline), as an article would. # newdoc/# newpar always start"
              + " a paragraph.")
  String layout;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE.conllu",
      description = "CoNLL-U files (Universal Dependencies), e.g. id_csui-ud-test.conllu.")
  List<Path> files;

  /** Whether this command scores sentence boundaries (else tokens). */
  abstract boolean sentences();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SegmentationGold.Layout lay;
    switch (layout) {
      case "lines" -> lay = SegmentationGold.Layout.LINES;
      case "running" -> lay = SegmentationGold.Layout.RUNNING;
      default -> {
        err.println("warta eval: --layout: '" + layout + "' is not 'lines' or 'running'");
        return ExitCodes.USAGE;
      }
    }
    String what = sentences() ? "sentence boundaries" : "tokens";
    ScoreTable table =
        new ScoreTable("Segmentation: " + what + " (exact offsets, layout " + layout + ")");
    SentenceTokenStage stage = new SentenceTokenStage();
    int failed = 0;
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        err.println("warta eval: " + file + ": cannot read the file; skipped");
        failed++;
        continue;
      }
      SegmentationEvaluation ev;
      try {
        ev = SegmentationEvaluation.of(file, lay, stage);
      } catch (IOException | RuntimeException e) {
        err.println("warta eval: " + file + ": not readable as CoNLL-U (" + e.getMessage() + ")");
        failed++;
        continue;
      }
      table.add(
          file.getFileName().toString(), sentences() ? ev.boundaryCounts() : ev.tokenCounts());
      if (!sentences() && ev.gold().unaligned() > 0) {
        err.printf(
            Locale.ROOT,
            "warta eval: %s: %d gold tokens not found in their # text; left out%n",
            file.getFileName(),
            ev.gold().unaligned());
      }
      if (errors > 0) {
        out.println("Errors in " + file.getFileName() + ":");
        List<String> lines = sentences() ? ev.boundaryErrors(errors) : ev.tokenErrors(errors);
        lines.forEach(l -> out.println("  " + l));
        out.println();
      }
    }
    out.print(table.toMarkdown());
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_SKIPPED;
  }

  /** {@code warta eval sentences}. */
  @Command(
      name = "sentences",
      mixinStandardHelpOptions = true,
      description = {
        "Scores sentence boundaries on CoNLL-U files: the sentences of each file are joined into"
            + " running text (one space between them; a new paragraph at # newdoc/# newpar), the"
            + " segmenter splits it, and a boundary is right if a predicted sentence ends at the"
            + " same offset as a gold one."
      })
  static final class Sentences extends EvalSegmentationCommand {
    @Override
    boolean sentences() {
      return true;
    }
  }

  /** {@code warta eval tokens}. */
  @Command(
      name = "tokens",
      mixinStandardHelpOptions = true,
      description = {
        "Scores tokens on CoNLL-U files: a predicted token is right if its character span equals"
            + " that of a gold surface token (a multiword token such as 'tidaklah' counts as one)."
      })
  static final class Tokens extends EvalSegmentationCommand {
    @Override
    boolean sentences() {
      return false;
    }
  }
}
