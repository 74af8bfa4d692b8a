package org.warta.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.warta.index.EntityPage;
import org.warta.index.EntityPages;
import org.warta.index.OpenIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code warta entity}: one entity merged across articles. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description =
        "Shows one entity merged across articles (Kim = Kim Jong-un = Kim Jong Un; BNPB = Badan"
            + " Nasional Penanggulangan Bencana): its articles, co-occurring entities, quotes,"
            + " claims and events.")
final class EntityCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions io;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "The entity name, any spelling.")
  List<String> name;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    String n = String.join(" ", name);
    try (OpenIndex index = OpenIndex.open(io.index)) {
      EntityPage page = new EntityPages(index).page(n);
      if (page == null) {
        err.println("warta entity: no article mentions '" + n + "'");
        return ExitCodes.SOME_SKIPPED;
      }
      if (io.format == OutputFormat.json) {
        out.println(Json.write(page));
      } else {
        print(page, out);
      }
      out.flush();
    } catch (OpenIndex.NoIndexException e) {
      err.println("warta entity: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }

  private static void print(EntityPage p, PrintWriter out) {
    out.println(p.name() + " (" + p.type() + ")");
    out.println(
        "also written: "
            + p.aliases().stream()
                .map(a -> a.form() + " (" + a.articles() + ")")
                .collect(Collectors.joining(", ")));
    out.println();
    out.println("articles (" + p.articles().size() + "):");
    for (EntityPage.ArticleRef a : p.articles()) {
      out.printf(
          "  %s  %-20s %s  [%d mentions, story %s]%n",
          a.published() == null ? "undated   " : a.published(),
          a.outlet() == null ? "?" : a.outlet(),
          a.title(),
          a.mentions(),
          a.story());
    }
    if (!p.cooccurring().isEmpty()) {
      out.println();
      out.println(
          "with: "
              + p.cooccurring().stream()
                  .limit(20)
                  .map(c -> c.name() + " (" + c.articles() + ")")
                  .collect(Collectors.joining(", ")));
    }
    if (!p.quotes().isEmpty()) {
      out.println();
      out.println("quotes:");
      for (EntityPage.QuoteRef q : p.quotes()) {
        out.printf("  %s %s: \"%s\"%n", q.published(), q.outlet(), q.text());
      }
    }
    if (!p.claims().isEmpty()) {
      out.println();
      out.println("claims:");
      for (EntityPage.ClaimRef c : p.claims()) {
        out.printf(
            "  %s %s [%s]%s: %s%n",
            c.published(),
            c.outlet(),
            c.modality(),
            c.figures().isEmpty() ? "" : " " + c.figures(),
            c.text());
      }
    }
    if (!p.events().isEmpty()) {
      out.println();
      out.println("events:");
      for (EntityPage.EventRef e : p.events()) {
        out.printf(
            "  %s %s %s (%s, %s)%n", e.published(), e.type(), e.role(), e.trigger(), e.outlet());
      }
    }
  }
}
