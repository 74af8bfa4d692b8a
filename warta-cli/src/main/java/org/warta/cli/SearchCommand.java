package org.warta.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.warta.analysis.PublicationDate;
import org.warta.index.ArticleSearcher;
import org.warta.index.OpenIndex;
import org.warta.index.SearchRequest;
import org.warta.index.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta search}: ranked articles with snippets and facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the index. Words are matched stemmed (kirim finds mengirimkan) and exactly;"
          + " \"phrases\", -exclusions, a | b and prefix* work.",
      "Prints ranked articles with highlighted passages and counts by entity, outlet, language"
          + " and event type."
    })
final class SearchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions io;

  @Option(names = "--from", paramLabel = "DATE", description = "First publication day.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last publication day.")
  String to;

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "Only articles mentioning this entity (any spelling).")
  String entity;

  @Option(
      names = "--type",
      paramLabel = "EVENT_TYPE",
      description = "Only articles with this event type (e.g. DISASTER).")
  String type;

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      description = "Only articles in this language (e.g. id).")
  String lang;

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Hits to show. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Hits to skip.")
  int offset;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to search for.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate f;
    LocalDate t;
    try {
      f = date("--from", from);
      t = date("--to", to);
    } catch (IllegalArgumentException e) {
      err.println("warta search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (limit < 0 || limit > 10_000 || offset < 0) {
      err.println("warta search: --limit must be 0..10000 and --offset not negative");
      return ExitCodes.USAGE;
    }
    String q = words == null ? "" : String.join(" ", words);
    SearchRequest req = new SearchRequest(q, f, t, entity, type, lang, limit, offset);
    try (OpenIndex index = OpenIndex.open(io.index)) {
      SearchResult res = new ArticleSearcher(index).search(req);
      PrintWriter out = spec.commandLine().getOut();
      if (io.format == OutputFormat.json) {
        out.println(Json.write(res));
      } else {
        print(res, out);
      }
      out.flush();
    } catch (OpenIndex.NoIndexException e) {
      err.println("warta search: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }

  static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    return PublicationDate.parse(value)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    option + ": '" + value + "' is not a date (YYYY-MM-DD)"));
  }

  private static void print(SearchResult res, PrintWriter out) {
    out.println(res.total() + " articles");
    int i = 0;
    for (SearchResult.Hit h : res.hits()) {
      i++;
      out.printf(
          "%n%d. %s%n   %s · %s · %s · id %s · story %s%n",
          i,
          h.title(),
          h.outlet() == null ? "?" : h.outlet(),
          h.published() == null ? "undated" : h.published(),
          h.language(),
          h.id(),
          h.story());
      for (String s : h.snippets()) {
        out.println(
            "   "
                + s.replace("<b>", "[")
                    .replace("</b>", "]")
                    .replace("&quot;", "\"")
                    .replace("&#x27;", "'")
                    .replace("&amp;", "&")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">"));
      }
    }
    out.println();
    for (Map.Entry<String, List<SearchResult.FacetCount>> e : res.facets().entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      out.println(
          e.getKey()
              + ": "
              + e.getValue().stream()
                  .map(c -> c.value() + " (" + c.count() + ")")
                  .collect(Collectors.joining(", ")));
    }
  }
}
