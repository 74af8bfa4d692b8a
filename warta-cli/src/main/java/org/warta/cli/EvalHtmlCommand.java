package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.warta.eval.html.HtmlBenchmark;
import org.warta.ingest.html.HtmlArticleExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta eval html DIR GROUND_TRUTH.json}: the article-extraction benchmark. */
@Command(
    name = "html",
    mixinStandardHelpOptions = true,
    description = {
      "Scores HTML main-content extraction on article-extraction-benchmark pages: word 4-gram"
          + " shingle precision, recall and F1 of the body (averaged over pages), the worst pages,"
          + " and extraction speed.",
      "Example: warta eval html ../shared/data/html-benchmark/html"
          + " ../shared/data/html-benchmark/ground-truth.json"
    })
final class EvalHtmlCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Pages: <id>.html.gz or <id>.html.")
  Path dir;

  @Parameters(
      index = "1",
      paramLabel = "GROUND_TRUTH.json",
      description = "{id: {\"articleBody\": text}}.")
  Path groundTruth;

  @Option(
      names = "--worst",
      defaultValue = "10",
      description = "How many of the worst pages to list. Default: ${DEFAULT-VALUE}.")
  int worst;

  @Option(
      names = "--warmup",
      defaultValue = "1",
      description =
          "Untimed passes before the timed one, so that speed is measured after JIT"
              + " compilation. Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir) || !Files.isRegularFile(groundTruth)) {
      err.println("warta eval html: need a directory of pages and a ground-truth JSON file");
      return ExitCodes.USAGE;
    }
    HtmlBenchmark bench = new HtmlBenchmark(HtmlArticleExtractor.standard());
    HtmlBenchmark.Result r;
    try {
      for (int i = 0; i < warmup; i++) {
        bench.run(dir, groundTruth);
      }
      r = bench.run(dir, groundTruth);
    } catch (IOException | RuntimeException e) {
      err.println("warta eval html: " + e.getMessage());
      return ExitCodes.INTERNAL;
    }
    if (r.pages().isEmpty()) {
      err.println("warta eval html: no page of the ground truth found in " + dir);
      return ExitCodes.USAGE;
    }
    out.printf(
        Locale.ROOT,
        "pages %d  precision %.4f  recall %.4f  F1 %.4f%n",
        r.pages().size(),
        r.summary().precision(),
        r.summary().recall(),
        r.summary().f1());
    out.printf(
        Locale.ROOT,
        "speed %.1f pages/s  %.2f MB/s  (%.1f ms for %d pages, %.1f MB of HTML)%n",
        r.pagesPerSecond(),
        r.megabytesPerSecond(),
        r.nanos() / 1e6,
        r.pages().size(),
        r.bytes() / 1e6);
    if (r.cpuNanos() > 0) {
      out.printf(
          Locale.ROOT,
          "cpu   %.1f pages/s  %.2f MB/s  (per CPU second of the extracting thread)%n",
          r.pagesPerCpuSecond(),
          r.megabytesPerCpuSecond());
    }
    out.println("worst pages:");
    for (HtmlBenchmark.PageResult p : r.worst(worst)) {
      out.printf(
          Locale.ROOT,
          "  %s  F1 %.3f  P %.3f  R %.3f%s%n",
          p.id(),
          p.score().f1(),
          p.score().precision(),
          p.score().recall(),
          p.error() == null ? "" : "  (" + p.error() + ")");
    }
    out.flush();
    return ExitCodes.OK;
  }
}
