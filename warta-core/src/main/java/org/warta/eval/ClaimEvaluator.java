package org.warta.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.clean.OffsetMap;
import org.warta.ingest.RawArticle;
import org.warta.model.Claim;
import org.warta.model.ClaimSource;
import org.warta.model.Entity;

/**
 * Scores the claims layer against stand-off gold ({@code gold/claims/*.tsv}, columns {@code start
 * end text source_text modality}): claim detection P/R/F1 under {@link SpanMatching}'s overlap
 * rule; over matched claims, modality accuracy (exact) and source accuracy (the source entity's
 * canonical name or the source text against the gold text, by {@link SpanMatching#sameName}; no
 * source matches {@code -}); and a per-modality table where a true positive needs the span and the
 * modality.
 */
public final class ClaimEvaluator {
  private final ArticleAnalyzer analyzer;

  public ClaimEvaluator(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Per-article outcome. */
  public record ArticleResult(
      String file,
      Counts detection,
      int matched,
      int modalityCorrect,
      int sourceCorrect,
      ScoreTable byModality,
      List<String> errors) {}

  /** The whole evaluation. */
  public record Report(List<ArticleResult> articles, List<String> skipped) {
    public Counts detection() {
      return articles.stream().map(ArticleResult::detection).reduce(Counts.ZERO, Counts::plus);
    }

    public int matched() {
      return articles.stream().mapToInt(ArticleResult::matched).sum();
    }

    public int modalityCorrect() {
      return articles.stream().mapToInt(ArticleResult::modalityCorrect).sum();
    }

    public int sourceCorrect() {
      return articles.stream().mapToInt(ArticleResult::sourceCorrect).sum();
    }

    /** Span-and-modality counts per modality, pooled over articles. */
    public ScoreTable byModality() {
      ScoreTable t = new ScoreTable("Claims by modality (span match and same modality)");
      for (ArticleResult a : articles) {
        a.byModality().byClass().forEach(t::add);
      }
      return t;
    }

    public String toMarkdown(int worst) {
      ScoreTable t = new ScoreTable("Claim detection (overlap >= 50% of the gold span)");
      t.add("claim", detection());
      StringBuilder b = new StringBuilder(t.toMarkdown());
      int n = matched();
      b.append(
          String.format(
              Locale.ROOT,
              "%nModality accuracy on matched claims: %d/%d = %.4f%n"
                  + "Source accuracy on matched claims: %d/%d = %.4f%nArticles: %d%n%n",
              modalityCorrect(),
              n,
              n == 0 ? 0.0 : (double) modalityCorrect() / n,
              sourceCorrect(),
              n,
              n == 0 ? 0.0 : (double) sourceCorrect() / n,
              articles.size()));
      skipped.forEach(s -> b.append("skipped: ").append(s).append('\n'));
      b.append(byModality().toMarkdown());
      b.append(
          "\n### Worst articles\n\n| file | TP | FP | FN | F1 | modality | source |\n"
              + "|---|---:|---:|---:|---:|---:|---:|\n");
      articles.stream()
          .sorted(Comparator.comparingDouble((ArticleResult a) -> a.detection().f1()))
          .limit(worst)
          .forEach(
              a ->
                  b.append(
                      String.format(
                          Locale.ROOT,
                          "| %s | %d | %d | %d | %.3f | %d/%d | %d/%d |%n",
                          a.file(),
                          a.detection().tp(),
                          a.detection().fp(),
                          a.detection().fn(),
                          a.detection().f1(),
                          a.modalityCorrect(),
                          a.matched(),
                          a.sourceCorrect(),
                          a.matched())));
      b.append("\n### Errors\n\n");
      for (ArticleResult a : articles) {
        for (String e : a.errors()) {
          b.append("- ").append(a.file()).append(": ").append(e).append('\n');
        }
      }
      return b.toString();
    }
  }

  /** Evaluates every gold file whose article can be found. */
  public Report evaluate(List<StandoffGold> golds, GoldArticles articles) {
    List<ArticleResult> results = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (StandoffGold gold : golds) {
      Optional<RawArticle> raw = articles.load(gold);
      if (raw.isEmpty()) {
        skipped.add(gold.file() + " (article not found)");
        continue;
      }
      results.add(evaluate(gold, analyzer.analyzeDetailed(raw.get())));
    }
    return new Report(results, skipped);
  }

  /** Scores one analysed article against its gold. */
  public static ArticleResult evaluate(StandoffGold gold, Analysis analysis) {
    OffsetMap map = analysis.cleaned().offsets();
    List<Claim> predicted = analysis.record().claims();
    Map<String, String> canonical = new HashMap<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : analysis.record().entities()) {
      canonical.put(e.id(), e.name());
      byId.put(e.id(), e);
    }
    int[][] p = new int[predicted.size()][];
    for (int i = 0; i < p.length; i++) {
      Claim c = predicted.get(i);
      p[i] = new int[] {map.toOriginal(c.start()), map.toOriginal(c.end())};
    }
    int[][] g = new int[gold.rows().size()][];
    for (int i = 0; i < g.length; i++) {
      g[i] = new int[] {gold.rows().get(i).start(), gold.rows().get(i).end()};
    }
    int[] m = SpanMatching.match(g, p);
    ScoreTable byModality = new ScoreTable("by modality");
    int tp = 0;
    int modalityOk = 0;
    int sourceOk = 0;
    List<String> errors = new ArrayList<>();
    boolean[] hit = new boolean[p.length];
    for (int i = 0; i < g.length; i++) {
      StandoffGold.Row row = gold.rows().get(i);
      String goldSource = row.field(0);
      String goldModality = row.field(1);
      if (m[i] < 0) {
        byModality.fn(goldModality);
        errors.add("missed claim \"" + QuoteEvaluator.abbreviate(row.text()) + "\"");
        continue;
      }
      tp++;
      hit[m[i]] = true;
      Claim c = predicted.get(m[i]);
      String mod = c.modality().code();
      if (mod.equals(goldModality)) {
        modalityOk++;
        byModality.tp(mod);
      } else {
        byModality.fn(goldModality);
        byModality.fp(mod);
        errors.add(
            "modality of \""
                + QuoteEvaluator.abbreviate(row.text())
                + "\": gold "
                + goldModality
                + ", predicted "
                + mod);
      }
      ClaimSource s = c.source();
      String name = s == null ? null : s.entity() != null ? canonical.get(s.entity()) : s.text();
      boolean ok =
          SpanMatching.sameName(goldSource, name)
              || (s != null && SpanMatching.sameName(goldSource, s.text()))
              || (s != null && SpanMatching.namesEntity(goldSource, byId.get(s.entity())));
      if (ok) {
        sourceOk++;
      } else {
        errors.add(
            "source of \""
                + QuoteEvaluator.abbreviate(row.text())
                + "\": gold "
                + goldSource
                + ", predicted "
                + (s == null ? null : name));
      }
    }
    for (int i = 0; i < p.length; i++) {
      if (!hit[i]) {
        byModality.fp(predicted.get(i).modality().code());
        errors.add(
            "spurious "
                + predicted.get(i).modality().code()
                + " claim \""
                + QuoteEvaluator.abbreviate(predicted.get(i).text())
                + "\"");
      }
    }
    return new ArticleResult(
        gold.file(),
        new Counts(tp, p.length - tp, g.length - tp),
        tp,
        modalityOk,
        sourceOk,
        byModality,
        errors);
  }
}
