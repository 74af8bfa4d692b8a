package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.eval.corpus.IndoSumCorpus;
import org.warta.ingest.RawArticle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta corpus indosum}: turns a tokenised corpus into plain-text articles. */
@Command(
    name = "corpus",
    mixinStandardHelpOptions = true,
    description = "Converts research corpora into plain-text articles that warta analyze reads.",
    subcommands = {CorpusCommand.IndoSum.class})
final class CorpusCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "indosum",
      mixinStandardHelpOptions = true,
      description =
          "Detokenises IndoSum JSON Lines (../shared/data/corpus/indosum) into one .txt per"
              + " article plus INDEX.tsv in OUT.")
  static final class IndoSum implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "DIR",
        description = "Directory of IndoSum *.jsonl files.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output directory.")
    Path out;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      try {
        List<RawArticle> articles = IndoSumCorpus.read(input);
        Files.createDirectories(out);
        StringBuilder index = new StringBuilder("file\tlanguage\tpublished\tsource\turl\n");
        for (RawArticle a : articles) {
          String file =
              a.name().replace("indosum/", "").replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
          Files.writeString(out.resolve(file), a.content(), StandardCharsets.UTF_8);
          index
              .append(file)
              .append('\t')
              .append("id")
              .append('\t')
              .append(nullToEmpty(a.metadata().published()))
              .append('\t')
              .append(nullToEmpty(a.metadata().outlet()))
              .append('\t')
              .append(nullToEmpty(a.metadata().url()))
              .append('\n');
        }
        Files.writeString(out.resolve("INDEX.tsv"), index.toString(), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(articles.size() + " articles written to " + out);
        return ExitCodes.OK;
      } catch (IOException | RuntimeException e) {
        err.println("warta corpus indosum: " + input + ": " + e.getMessage());
        return ExitCodes.SOME_SKIPPED;
      }
    }

    private static String nullToEmpty(String s) {
      return s == null ? "" : s.replace('\t', ' ');
    }
  }
}
