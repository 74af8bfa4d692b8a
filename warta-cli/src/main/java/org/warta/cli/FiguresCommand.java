package org.warta.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.search.Query;
import org.warta.index.ArticleSearcher;
import org.warta.index.FigureSlot;
import org.warta.index.Figures;
import org.warta.index.OpenIndex;
import org.warta.index.SearchRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warta figures}: how figures moved across sources, and where they conflict. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the figures (dead, injured, missing, deployed…) that articles give for the same"
          + " thing — same story, category, object and place — with value, hedge, source, outlet"
          + " and date, oldest first.",
      "Slots whose sources disagree beyond their hedges are flagged CONFLICT, as an update"
          + " (published later) or a disagreement (same day). See docs/figures.md."
    })
final class FiguresCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions io;

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "Only articles mentioning this entity.")
  String entity;

  @Option(
      names = "--category",
      paramLabel = "CATEGORY",
      description = "Only this category (killed, injured, missing…).")
  String category;

  @Option(names = "--conflicts", description = "Only slots flagged as conflicts.")
  boolean conflictsOnly;

  @Option(
      names = "--limit",
      defaultValue = "50",
      description = "Slots to show. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "Only articles matching these words.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try (OpenIndex index = OpenIndex.open(io.index)) {
      String q = words == null ? "" : String.join(" ", words);
      Query filter =
          q.isBlank() && entity == null
              ? null
              : new ArticleSearcher(index)
                  .query(new SearchRequest(q, null, null, entity, null, null, 10, 0));
      List<FigureSlot> slots =
          new Figures(index)
              .slots(filter, category == null ? null : category.strip().toLowerCase(Locale.ROOT));
      if (conflictsOnly) {
        slots = slots.stream().filter(FigureSlot::conflict).toList();
      }
      if (limit >= 0 && slots.size() > limit) {
        slots = slots.subList(0, limit);
      }
      if (io.format == OutputFormat.json) {
        out.println(Json.write(slots));
      } else {
        print(slots, out);
      }
      out.flush();
    } catch (OpenIndex.NoIndexException e) {
      err.println("warta figures: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }

  private static void print(List<FigureSlot> slots, PrintWriter out) {
    if (slots.isEmpty()) {
      out.println("no figures");
      return;
    }
    for (FigureSlot s : slots) {
      out.printf(
          "%s%s%s — story %s \"%s\"%s%n",
          s.category(),
          s.object() == null ? "" : " " + s.object(),
          s.place() == null ? "" : " in " + s.place(),
          s.story(),
          s.storyTitle(),
          s.conflict() ? "  CONFLICT (" + s.conflictKind() + ")" : "");
      for (int i = 0; i < s.values().size(); i++) {
        FigureSlot.Figure f = s.values().get(i);
        out.printf(
            Locale.ROOT,
            "  %-26s %-14s %1s%7s %-9s %-22s %s%n",
            f.published() == null ? "undated" : f.published(),
            f.outlet() == null ? "?" : f.outlet(),
            f.headline() ? "*" : " ",
            number(f.value()),
            f.approx(),
            "\"" + f.text() + "\"",
            "says: "
                + (f.source() == null ? "(the article)" : f.source())
                + (f.modality() == null ? "" : " [" + f.modality() + "]"));
      }
      if (s.values().stream().anyMatch(f -> !f.headline())) {
        out.println(
            "    (* each article's figure: its largest; the others are breakdowns or earlier counts)");
      }
      for (FigureSlot.Disagreement d : s.disagreements()) {
        FigureSlot.Figure a = s.values().get(d.first());
        FigureSlot.Figure b = s.values().get(d.second());
        out.printf(
            "    %s: %s (%s, %s) vs %s (%s, %s)%n",
            d.kind(),
            number(a.value()),
            a.outlet(),
            a.published(),
            number(b.value()),
            b.outlet(),
            b.published());
      }
      out.println();
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
