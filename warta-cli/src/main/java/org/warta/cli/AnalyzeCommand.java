package org.warta.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.analysis.PublicationDate;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleInput;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.ArticleSink;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.ingest.warc.WarcArticles;
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
      "Analyzes plain-text articles (title on the first line, then paragraphs), HTML pages"
          + " (.html, .htm, .html.gz, or HTML by content; the article is extracted from the page)"
          + " and WARC/WARC.gz web archives (each HTML response record is one article, in file"
          + " order) and prints one record per article.",
      "Inputs are files, directories (walked recursively; an INDEX.tsv gives metadata) or - for"
          + " standard input. Unreadable inputs and WARC records that are not articles (other media"
          + " types, errors, redirects, revisits) are reported on stderr and skipped;"
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
    Map<String, Integer> reasons = new LinkedHashMap<>();
    List<ArticleInput> articles =
        files.expand(
            inputs,
            e -> {
              skipped[0]++;
              reasons.merge(kind(e.reason()), 1, Integer::sum);
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
    Window window = new Window(out, err, workers * 16);
    WarcArticles warc = new WarcArticles(decoder);
    try {
      for (ArticleInput input : articles) {
        if (isWarc(input)) {
          // One WARC file holds many articles: its records are read here, in file order, and
          // each HTML response is analysed like a page file (capture date as the fallback date).
          warc.read(
              input.path(),
              new ArticleSink() {
                @Override
                public void article(RawArticle raw, ArticleMetadata fallback) {
                  window.add(pool.submit(() -> analyzeRaw(raw, fallback, analyzer, json, text)));
                }

                @Override
                public void record(ArticleRecord record) {
                  throw new IllegalStateException("WARC files hold no analysed records");
                }

                @Override
                public void rejected(InputRejectedException rejection) {
                  window.add(CompletableFuture.completedFuture(new Outcome(null, rejection)));
                }
              });
        } else {
          window.add(pool.submit(() -> analyzeOne(input, files, analyzer, json, text)));
        }
      }
      window.drain();
    } finally {
      pool.shutdownNow();
    }
    skipped[0] += window.skipped;
    window.reasons.forEach((k, v) -> reasons.merge(k, v, Integer::sum));
    if (skipped[0] > 0) {
      err.println(
          "warta analyze: " + window.done + " analyzed, " + skipped[0] + " skipped" + why(reasons));
      return ExitCodes.SOME_SKIPPED;
    }
    return ExitCodes.OK;
  }

  /**
   * Whether an input is a WARC file: by its name, or a file whose name is not an article's ({@code
   * .dat}, {@code .arc}...) and whose content starts like one.
   */
  private static boolean isWarc(ArticleInput input) {
    if (input.isStdin()) {
      return false;
    }
    String name = input.path().getFileName().toString();
    return WarcArticles.isWarcName(name)
        || (!ArticleFiles.isArticleName(name) && WarcArticles.looksLikeWarc(input.path()));
  }

  /** The pending outcomes, written in the order they were added. */
  private static final class Window {
    private final Deque<Future<Outcome>> pending = new ArrayDeque<>();
    private final PrintWriter out;
    private final PrintWriter err;
    private final int max;
    final Map<String, Integer> reasons = new LinkedHashMap<>();
    int done;
    int skipped;

    Window(PrintWriter out, PrintWriter err, int max) {
      this.out = out;
      this.err = err;
      this.max = max;
    }

    void add(Future<Outcome> outcome) {
      pending.add(outcome);
      if (pending.size() >= max) {
        write(pending.poll());
      }
    }

    void drain() {
      while (!pending.isEmpty()) {
        write(pending.poll());
      }
    }

    private void write(Future<Outcome> next) {
      Outcome o;
      try {
        o = next.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
      if (o.rejection() != null) {
        skipped++;
        reasons.merge(kind(o.rejection().reason()), 1, Integer::sum);
        report(err, o.rejection());
        return;
      }
      out.write(o.output());
      out.write('\n');
      out.flush();
      done++;
    }
  }

  /** The kind of a skip reason for the summary: its text up to the first detail, numbers as N. */
  static String kind(String reason) {
    String k = REASON_KIND.matcher(reason).replaceFirst("");
    return NUMBER.matcher(k.isEmpty() ? reason : k).replaceAll("N");
  }

  /** " (3 binary file, 2 revisit record, ...)": the commonest kinds of skip reasons. */
  static String why(Map<String, Integer> reasons) {
    List<Map.Entry<String, Integer>> sorted =
        reasons.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .collect(Collectors.toList());
    String shown =
        sorted.stream()
            .limit(6)
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    int others = sorted.stream().skip(6).mapToInt(Map.Entry::getValue).sum();
    return " (" + shown + (others > 0 ? ", " + others + " other" : "") + ")";
  }

  private static final Pattern REASON_KIND = Pattern.compile("\\s*[(:;,].*$");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.-])\\d+(?![\\w.-])");

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
    return analyzeRaw(raw, ArticleMetadata.NONE, analyzer, json, text);
  }

  /**
   * Analyses one article as {@code warta ingest} does ({@link ArticleAnalyzer#prepare}, then the
   * pipeline): {@code --published} over the source's metadata over the page's over {@code
   * fallback}.
   */
  private Outcome analyzeRaw(
      RawArticle raw,
      ArticleMetadata fallback,
      ArticleAnalyzer analyzer,
      RecordJsonWriter json,
      TextReport text) {
    if (published != null) {
      raw = raw.withMetadata(raw.metadata().withPublished(published));
    }
    try {
      ArticleAnalyzer.Prepared p = analyzer.prepare(raw, fallback);
      ArticleRecord record = analyzer.analyzeDetailed(p.raw(), p.cleaned()).record();
      return new Outcome(
          format == Format.json ? json.toJson(record, p.raw().content()) : text.render(record),
          null);
    } catch (BudgetExceededException e) {
      return new Outcome(null, new InputRejectedException(raw.name(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in a stage must not stop a batch: report it like an unreadable input and go on.
      return new Outcome(
          null,
          new InputRejectedException(
              raw.name(), "internal error while analyzing (" + e + "); please report it"));
    }
  }

  static void report(PrintWriter err, InputRejectedException e) {
    err.println("warta: skipped " + e.input() + ": " + e.reason());
    err.flush();
  }
}
