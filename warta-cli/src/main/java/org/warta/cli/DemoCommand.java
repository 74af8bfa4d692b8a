package org.warta.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.examples.ExampleArticles;
import org.warta.ingest.RawArticle;
import org.warta.io.RecordJsonWriter;
import org.warta.io.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta demo}: analyzes the bundled example articles. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Analyzes the bundled example articles (fictional Indonesian, Malay and English news written"
          + " for Warta, with typical boilerplate) and prints what Warta finds in each."
    })
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (a report) or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  AnalyzeCommand.Format format;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    RecordJsonWriter json = new RecordJsonWriter();
    TextReport report = new TextReport();
    for (RawArticle raw : ExampleArticles.all()) {
      Analysis a = analyzer.analyzeDetailed(raw);
      out.println(
          format == AnalyzeCommand.Format.json
              ? json.toJson(a.record(), raw.content())
              : report.render(a.record()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
