package org.warta.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.analysis.PublicationDate;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleInput;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.io.RecordJsonWriter;
import org.warta.io.TextReport;
import org.warta.model.ArticleRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta analyze}: raw articles in, records out. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyzes plain-text articles (title on the first line, then paragraphs) and HTML pages"
          + " (.html, .htm, .html.gz, or HTML by content; the article is extracted from the page)"
          + " and prints one record per article.",
      "Inputs are files, directories (walked recursively; an INDEX.tsv gives metadata) or - for"
          + " standard input. Unreadable inputs are reported on stderr and skipped;"
          + " the exit code is 1 if any was skipped."
    })
final class AnalyzeCommand implements Callable<Integer> {
  enum Format {
    json,
    text
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description =
          "Publication date (YYYY-MM-DD or ISO date-time) that relative times resolve"
              + " against; overrides INDEX.tsv.")
  String published;

  @Option(
      names = "--format",
      defaultValue = "json",
      description =
          "json (JSON Lines, one record per article) or text (a report). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(
      names = "--encoding",
      defaultValue = "utf-8",
      description =
          "utf-8 (strict), windows-1252, or auto (UTF-8 if valid, else Windows-1252). Default: ${DEFAULT-VALUE}.")
  String encoding;

  @Option(
      names = "--max-bytes",
      defaultValue = "10000000",
      description = "Skip inputs larger than this many bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Articles to analyze.")
  List<String> inputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (published != null && PublicationDate.parse(published).isEmpty()) {
      err.println("warta analyze: --published: '" + published + "' is not a date (use YYYY-MM-DD)");
      return ExitCodes.USAGE;
    }
    TextDecoder decoder;
    try {
      decoder = new TextDecoder(TextDecoder.Encoding.parse(encoding), maxBytes);
    } catch (IllegalArgumentException e) {
      err.println("warta analyze: --encoding: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    ArticleFiles files = new ArticleFiles(decoder);
    int[] skipped = {0};
    List<ArticleInput> articles =
        files.expand(
            inputs,
            e -> {
              skipped[0]++;
              report(err, e);
            });
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    RecordJsonWriter json = new RecordJsonWriter();
    TextReport text = new TextReport();
    PrintWriter cliOut = spec.commandLine().getOut();
    int done = 0;
    for (ArticleInput input : articles) {
      RawArticle raw;
      try {
        raw = files.read(input, System.in);
      } catch (InputRejectedException e) {
        skipped[0]++;
        report(err, e);
        continue;
      }
      if (published != null) {
        raw = raw.withMetadata(raw.metadata().withPublished(published));
      }
      ArticleRecord record = analyzer.analyze(raw);
      if (format == Format.json) {
        cliOut.write(json.toJson(record, raw.content()));
        cliOut.write('\n');
      } else {
        cliOut.write(text.render(record));
        cliOut.write('\n');
      }
      cliOut.flush();
      done++;
    }
    if (skipped[0] > 0) {
      err.println("warta analyze: " + done + " analyzed, " + skipped[0] + " skipped");
      return ExitCodes.SOME_SKIPPED;
    }
    return ExitCodes.OK;
  }

  static void report(PrintWriter err, InputRejectedException e) {
    err.println("warta: skipped " + e.input() + ": " + e.reason());
    err.flush();
  }
}
