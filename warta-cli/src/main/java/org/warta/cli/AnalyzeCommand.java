package org.warta.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.warta.pipeline.BudgetExceededException;
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

  @Option(
      names = "--stage-budget-ms",
      defaultValue = "2000",
      paramLabel = "MS",
      description =
          "CPU time each analysis stage may spend on one article; an article that exceeds it is"
              + " skipped with the reason (0 = no limit). Default: ${DEFAULT-VALUE}.")
  long stageBudgetMs;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description =
          "Worker threads (0 = one per core). Output order is input order. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(
      names = "--ner",
      paramLabel = "MODE",
      defaultValue = "combined",
      description =
          "Entity recognition: combined (rules, gazetteer and the NER model), rules (without the"
              + " model, faster) or model (the model with document consistency only)."
              + " Default: ${DEFAULT-VALUE}.")
  String ner;

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
    if (stageBudgetMs < 0) {
      err.println("warta analyze: --stage-budget-ms: must be 0 (no limit) or more");
      return ExitCodes.USAGE;
    }
    org.warta.nlp.entity.EntityStage.Mode nerMode;
    try {
      nerMode =
          org.warta.nlp.entity.EntityStage.Mode.valueOf(ner.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("warta analyze: --ner: '" + ner + "' (use combined, rules or model)");
      return ExitCodes.USAGE;
    }
    ArticleAnalyzer analyzer =
        (nerMode == org.warta.nlp.entity.EntityStage.Mode.COMBINED
                ? ArticleAnalyzer.standard()
                : ArticleAnalyzer.standard(nerMode))
            .withStageBudget(Duration.ofMillis(stageBudgetMs));
    RecordJsonWriter json = new RecordJsonWriter();
    TextReport text = new TextReport();
    PrintWriter out = spec.commandLine().getOut();
    int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "warta-analyze");
              t.setDaemon(true);
              return t;
            });
    // Results are written in input order; a bounded window of pending articles keeps memory flat.
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int maxWindow = workers * 16;
    int done = 0;
    try {
      for (ArticleInput input : articles) {
        window.add(pool.submit(() -> analyzeOne(input, files, analyzer, json, text)));
        if (window.size() >= maxWindow) {
          done += write(window.poll(), out, err, skipped);
        }
      }
      while (!window.isEmpty()) {
        done += write(window.poll(), out, err, skipped);
      }
    } finally {
      pool.shutdownNow();
    }
    if (skipped[0] > 0) {
      err.println("warta analyze: " + done + " analyzed, " + skipped[0] + " skipped");
      return ExitCodes.SOME_SKIPPED;
    }
    return ExitCodes.OK;
  }

  /** What became of one input: its rendered record, or why it was skipped. */
  private record Outcome(String output, InputRejectedException rejection) {}

  private Outcome analyzeOne(
      ArticleInput input,
      ArticleFiles files,
      ArticleAnalyzer analyzer,
      RecordJsonWriter json,
      TextReport text) {
    RawArticle raw;
    try {
      raw = files.read(input, System.in);
    } catch (InputRejectedException e) {
      return new Outcome(null, e);
    }
    if (published != null) {
      raw = raw.withMetadata(raw.metadata().withPublished(published));
    }
    try {
      ArticleRecord record = analyzer.analyze(raw);
      return new Outcome(
          format == Format.json ? json.toJson(record, raw.content()) : text.render(record), null);
    } catch (BudgetExceededException e) {
      return new Outcome(null, new InputRejectedException(input.name(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in a stage must not stop a batch: report it like an unreadable input and go on.
      return new Outcome(
          null,
          new InputRejectedException(
              input.name(), "internal error while analyzing (" + e + "); please report it"));
    }
  }

  private static int write(
      Future<Outcome> pending, PrintWriter out, PrintWriter err, int[] skipped) {
    Outcome o;
    try {
      o = pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    if (o.rejection() != null) {
      skipped[0]++;
      report(err, o.rejection());
      return 0;
    }
    out.write(o.output());
    out.write('\n');
    out.flush();
    return 1;
  }

  static void report(PrintWriter err, InputRejectedException e) {
    err.println("warta: skipped " + e.input() + ": " + e.reason());
    err.flush();
  }
}
