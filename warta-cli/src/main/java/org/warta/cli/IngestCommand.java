package org.warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.analysis.PublicationDate;
import org.warta.index.IngestSummary;
import org.warta.index.Ingester;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.TextDecoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta ingest}: sources in, analysed and indexed. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyzes articles and stores their records in a Lucene index (default ./warta-data).",
      "Sources: plain-text files and directories (with INDEX.tsv), HTML pages, WARC/WARC.gz"
          + " files, RSS/Atom feeds, and JSON Lines of Warta records (indexed as they are), such"
          + " as the output directory of warta spark (its jsonl/ records are read).",
      "The same article ingested twice is stored once; an interrupted ingest can be rerun and"
          + " completes the rest. Unreadable inputs are reported on stderr and skipped."
    })
final class IngestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "warta-data",
      description = "Index directory. Default: ${DEFAULT-VALUE}.")
  Path index;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Analysis threads (0 = one per core).")
  int threads;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Commit after every N articles. Default: ${DEFAULT-VALUE}.")
  int commitEvery;

  @Option(
      names = "--published-default",
      paramLabel = "DATE",
      description = "Publication date for articles whose source gives none.")
  String publishedDefault;

  @Option(
      names = "--encoding",
      defaultValue = "utf-8",
      description = "utf-8, windows-1252 or auto. Default: ${DEFAULT-VALUE}.")
  String encoding;

  @Option(
      names = "--max-bytes",
      defaultValue = "10000000",
      description = "Skip inputs larger than this many bytes. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(
      names = "--stage-budget-ms",
      defaultValue = "2000",
      paramLabel = "MS",
      description =
          "CPU time cleaning and each analysis stage may spend on one article; an article that"
              + " needs more is skipped with the stage named (0 = no limit)."
              + " Default: ${DEFAULT-VALUE}.")
  long stageBudgetMs;

  @Option(
      names = "--replace",
      description = "Analyze and store again articles already in the index.")
  boolean replace;

  @Option(names = "--quiet", description = "Do not report each skipped input.")
  boolean quiet;

  @Option(names = "--format", defaultValue = "text", description = "Summary as text or json.")
  OutputFormat format;

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "Files or directories to ingest.")
  List<String> sources;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (publishedDefault != null && PublicationDate.parse(publishedDefault).isEmpty()) {
      err.println("warta ingest: --published-default: '" + publishedDefault + "' is not a date");
      return ExitCodes.USAGE;
    }
    if (commitEvery < 1) {
      err.println("warta ingest: --commit-every must be at least 1");
      return ExitCodes.USAGE;
    }
    if (stageBudgetMs < 0) {
      err.println("warta ingest: --stage-budget-ms: must be 0 (no limit) or more");
      return ExitCodes.USAGE;
    }
    if (maxBytes < 1) {
      err.println("warta ingest: --max-bytes must be at least 1");
      return ExitCodes.USAGE;
    }
    TextDecoder.Encoding enc;
    try {
      enc = TextDecoder.Encoding.parse(encoding);
    } catch (IllegalArgumentException e) {
      err.println("warta ingest: --encoding: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Ingester.Options options =
        new Ingester.Options(threads, commitEvery, publishedDefault, maxBytes, enc, replace);
    boolean terminal = System.console() != null;
    Ingester.Listener listener =
        new Ingester.Listener() {
          @Override
          public void skipped(InputRejectedException e) {
            if (!quiet) {
              synchronized (err) {
                if (terminal) {
                  err.print("\r\033[K");
                }
                AnalyzeCommand.report(err, e);
              }
            }
          }

          @Override
          public void progress(Ingester.Progress p) {
            if (terminal) {
              synchronized (err) {
                err.print("\r\033[K" + progressLine(p));
                err.flush();
              }
            }
          }

          @Override
          public void finished() {
            if (terminal) {
              synchronized (err) {
                err.print("\r\033[K");
                err.flush();
              }
            }
          }
        };
    IngestSummary s =
        new Ingester(ArticleAnalyzer.standard().withStageBudget(Duration.ofMillis(stageBudgetMs)))
            .run(sources, index, options, listener);
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(Json.write(s));
    } else {
      out.println(s.line());
    }
    out.flush();
    return s.skipped() > 0 ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
  }

  static String progressLine(Ingester.Progress p) {
    double eta = p.etaSeconds();
    return String.format(
        Locale.ROOT,
        "%d articles (%d new), %.1f/s, %s",
        p.handled(),
        p.ingested(),
        p.rate(),
        eta < 0 ? "ETA unknown" : "ETA " + duration(eta));
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
        : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
  }
}
