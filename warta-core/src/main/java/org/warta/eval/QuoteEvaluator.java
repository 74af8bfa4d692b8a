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
import org.warta.model.Entity;
import org.warta.model.Quote;

/**
 * Scores the quotes layer against stand-off gold ({@code gold/quotes/*.tsv}, columns {@code start
 * end text speaker_canonical}): quote detection P/R/F1 under {@link SpanMatching}'s overlap rule,
 * and speaker accuracy over matched quotes (the speaker entity's canonical name, or the speaker
 * text when there is no entity, against the gold name).
 */
public final class QuoteEvaluator {
  private final ArticleAnalyzer analyzer;

  public QuoteEvaluator(ArticleAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Per-article outcome. */
  public record ArticleResult(
      String file, Counts detection, int matched, int speakerCorrect, List<String> errors) {}

  /** The whole evaluation. */
  public record Report(List<ArticleResult> articles, List<String> skipped) {
    public Counts detection() {
      return articles.stream().map(ArticleResult::detection).reduce(Counts.ZERO, Counts::plus);
    }

    public int matched() {
      return articles.stream().mapToInt(ArticleResult::matched).sum();
    }

    public int speakerCorrect() {
      return articles.stream().mapToInt(ArticleResult::speakerCorrect).sum();
    }

    public double speakerAccuracy() {
      return matched() == 0 ? 0 : (double) speakerCorrect() / matched();
    }

    /** Markdown: detection table, speaker accuracy, the worst articles and their errors. */
    public String toMarkdown(int worst) {
      ScoreTable t = new ScoreTable("Quote detection (overlap >= 50% of the gold span)");
      t.add("quote", detection());
      StringBuilder b = new StringBuilder(t.toMarkdown());
      b.append(
          String.format(
              Locale.ROOT,
              "%nSpeaker accuracy on matched quotes: %d/%d = %.4f%n",
              speakerCorrect(),
              matched(),
              speakerAccuracy()));
      b.append(String.format(Locale.ROOT, "Articles: %d%n", articles.size()));
      skipped.forEach(s -> b.append("skipped: ").append(s).append('\n'));
      b.append(
          "\n### Worst articles\n\n| file | TP | FP | FN | F1 | speaker |\n|---|---:|---:|---:|---:|---:|\n");
      articles.stream()
          .sorted(
              Comparator.comparingDouble((ArticleResult a) -> a.detection().f1())
                  .thenComparingInt(a -> a.speakerCorrect() - a.matched()))
          .limit(worst)
          .forEach(
              a ->
                  b.append(
                      String.format(
                          Locale.ROOT,
                          "| %s | %d | %d | %d | %.3f | %d/%d |%n",
                          a.file(),
                          a.detection().tp(),
                          a.detection().fp(),
                          a.detection().fn(),
                          a.detection().f1(),
                          a.speakerCorrect(),
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
    List<Quote> predicted = analysis.record().quotes();
    Map<String, String> canonical = new HashMap<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : analysis.record().entities()) {
      canonical.put(e.id(), e.name());
      byId.put(e.id(), e);
    }
    int[][] p = new int[predicted.size()][];
    for (int i = 0; i < p.length; i++) {
      Quote q = predicted.get(i);
      p[i] = new int[] {map.toOriginal(q.start()), map.toOriginal(q.end())};
    }
    int[][] g = new int[gold.rows().size()][];
    for (int i = 0; i < g.length; i++) {
      g[i] = new int[] {gold.rows().get(i).start(), gold.rows().get(i).end()};
    }
    int[] m = SpanMatching.match(g, p);
    int tp = 0;
    int speakerOk = 0;
    List<String> errors = new ArrayList<>();
    boolean[] hit = new boolean[p.length];
    for (int i = 0; i < g.length; i++) {
      StandoffGold.Row row = gold.rows().get(i);
      if (m[i] < 0) {
        errors.add("missed quote \"" + abbreviate(row.text()) + "\"");
        continue;
      }
      tp++;
      hit[m[i]] = true;
      Quote q = predicted.get(m[i]);
      String goldSpeaker = row.field(0);
      String name = q.speaker() != null ? canonical.get(q.speaker()) : q.speakerText();
      boolean ok =
          SpanMatching.sameName(goldSpeaker, name)
              || (q.speakerText() != null && SpanMatching.sameName(goldSpeaker, q.speakerText()))
              || SpanMatching.namesEntity(goldSpeaker, byId.get(q.speaker()));
      if (ok) {
        speakerOk++;
      } else {
        errors.add(
            "speaker of \""
                + abbreviate(row.text())
                + "\": gold "
                + goldSpeaker
                + ", predicted "
                + name);
      }
    }
    for (int i = 0; i < p.length; i++) {
      if (!hit[i]) {
        errors.add("spurious quote \"" + abbreviate(predicted.get(i).text()) + "\"");
      }
    }
    return new ArticleResult(
        gold.file(), new Counts(tp, p.length - tp, g.length - tp), tp, speakerOk, errors);
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
