package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.examples.ExampleArticles;
import org.warta.index.IngestSummary;
import org.warta.ingest.RawArticle;
import org.warta.io.RecordJsonWriter;
import org.warta.io.TextReport;
import org.warta.web.DemoIndex;
import org.warta.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta demo}: analyzes the bundled example articles. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Analyzes the bundled example articles (fictional Indonesian, Malay and English news written"
          + " for Warta, with typical boilerplate) and prints what Warta finds in each.",
      "With --serve: ingests them (and a fictional three-report earthquake story whose death tolls"
          + " disagree) into a temporary index and starts the web UI on it, printing its URL."
    })
final class DemoCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (a report) or json (JSON Lines). Default: ${DEFAULT-VALUE}.")
  AnalyzeCommand.Format format;

  @Option(
      names = "--serve",
      description = "Ingest the examples into a temporary index and serve the web UI on it.")
  boolean serve;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "With --serve: port (0 = any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "With --serve: address to listen on. Default: ${DEFAULT-VALUE}.")
  String bind;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (serve) {
      return serve(out, spec.commandLine().getErr(), null);
    }
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

  /** Builds the demo index in a temporary directory and serves it until the process stops. */
  int serve(PrintWriter out, PrintWriter err, java.util.function.Consumer<WebServer> started) {
    if (port < 0 || port > 65535) {
      err.println("warta demo: --port: " + port + " is not a port (0 to 65535)");
      return ExitCodes.USAGE;
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("warta-demo-index");
      out.println("warta demo: ingesting the example articles into " + dir + " ...");
      out.flush();
      IngestSummary s = DemoIndex.build(dir, ArticleAnalyzer.standard());
      out.println("warta demo: " + s.line());
    } catch (IOException e) {
      err.println("warta demo: cannot build the demo index (" + e.getMessage() + ")");
      return ExitCodes.INTERNAL;
    }
    Thread cleanup = new Thread(() -> deleteTree(dir), "warta-demo-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
    int code =
        ServeCommand.run(
            out,
            err,
            new WebServer.Options(dir, bind, port, false, WebServer.Options.DEFAULT_MAX_BODY),
            started == null
                ? null
                : server -> {
                  started.accept(server);
                  Runtime.getRuntime().removeShutdownHook(cleanup);
                  server.close();
                  deleteTree(dir);
                });
    return code;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
