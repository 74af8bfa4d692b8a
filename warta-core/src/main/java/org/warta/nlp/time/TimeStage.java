package org.warta.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.warta.model.CharSpan;
import org.warta.model.TimeExpression;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Deadline;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds time expressions and resolves them to TIMEX3 values (TimeML types DATE, TIME, DURATION,
 * SET), anchored to the publication date and, for anaphoric expressions, to the last date resolved
 * before them.
 *
 * <p>Design decision: the stage scans the paragraphs' characters itself instead of reading the
 * token layer. Time expressions are short, their grammar is regular, and the rules need the exact
 * characters ({@code (3/8/2019)}, {@code 09.15}) that a tokenizer may split differently; scanning
 * also keeps the stage usable on any text (the TimeML evaluator runs it on bare documents). The
 * language comes in as a {@link TimeGrammar}; this class and {@link TimeResolver} are
 * language-neutral.
 */
public final class TimeStage implements Stage {
  /** Text between two expressions that makes them the two ends of a range. */
  private static final Pattern RANGE_GLUE =
      Pattern.compile("\\s*(?:-|–|—|hingga|sampai|s\\.?d\\.?|s/d|dan|atau|ke)\\s*");

  private final TimeGrammar grammar;

  public TimeStage(TimeGrammar grammar) {
    this.grammar = Objects.requireNonNull(grammar, "grammar");
  }

  @Override
  public String name() {
    return "time";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.PARAGRAPHS);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    article.put(
        Layers.TIMES,
        find(article.text(), article.get(Layers.PARAGRAPHS), article.published().orElse(null)));
  }

  /** The time expressions of {@code text}, in text order, with ids {@code t1, t2 …}. */
  public List<TimeExpression> find(String text, List<CharSpan> paragraphs, LocalDate anchor) {
    List<TimeGrammar.Match> matches = new ArrayList<>();
    for (CharSpan p : paragraphs) {
      matches.addAll(grammar.scan(text, p.start(), p.end()));
    }
    shareYearsAcrossRanges(text, matches);

    int n = matches.size();
    TimeResolver.Resolution[] resolved = new TimeResolver.Resolution[n];
    List<TimeResolver.Point> history = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Deadline.check();
      TimeSpec spec = matches.get(i).spec();
      if (spec.needsDayContext() && spec.direction == null) {
        continue;
      }
      resolved[i] =
          TimeResolver.resolve(spec, anchor, TimeResolver.antecedent(history, spec), null);
      if (resolved[i].point() != null) {
        history.add(resolved[i].point());
      }
    }
    for (int i = 0; i < n; i++) {
      Deadline.check();
      if (resolved[i] == null) {
        resolved[i] =
            TimeResolver.resolve(
                matches.get(i).spec(), anchor, null, dayContext(text, matches, resolved, i));
      }
    }
    List<TimeExpression> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      TimeGrammar.Match m = matches.get(i);
      out.add(
          new TimeExpression(
              "t" + (i + 1),
              text.substring(m.start(), m.end()),
              m.start(),
              m.end(),
              resolved[i].type(),
              resolved[i].value()));
    }
    return List.copyOf(out);
  }

  /** {@code Juni-Juli 2014}: the left end of a range takes the year written on the right. */
  private static void shareYearsAcrossRanges(String text, List<TimeGrammar.Match> matches) {
    for (int i = matches.size() - 2; i >= 0; i--) {
      TimeSpec left = matches.get(i).spec();
      TimeSpec right = matches.get(i + 1).spec();
      if (left.kind == TimeSpec.Kind.CAL
          && right.kind == TimeSpec.Kind.CAL
          && left.year == null
          && left.month != null
          && right.year != null
          && right.month != null
          && left.month <= right.month
          && RANGE_GLUE
              .matcher(text.substring(matches.get(i).end(), matches.get(i + 1).start()))
              .matches()) {
        left.year = right.year;
      }
    }
  }

  /**
   * The day a bare clock time or part of day belongs to: the nearest day-level date resolved in its
   * sentence (before it, else after it); else the last date written with its day and month earlier
   * in the text ({@code Selasa (21/10/2025)} … {@code sekitar pukul 17.00 WIB}); else null (the
   * publication date). Relative days such as {@code kemarin} are not taken from earlier sentences:
   * they usually describe another event than the clock time.
   */
  private static LocalDate dayContext(
      String text, List<TimeGrammar.Match> matches, TimeResolver.Resolution[] resolved, int i) {
    TimeGrammar.Match m = matches.get(i);
    int sentenceStart = sentenceStart(text, m.start());
    int sentenceEnd = sentenceEnd(text, m.end());
    for (int j = i - 1; j >= 0 && matches.get(j).end() > sentenceStart; j--) {
      if (isDay(resolved[j])) {
        return resolved[j].point().date();
      }
    }
    for (int j = i + 1; j < matches.size() && matches.get(j).start() < sentenceEnd; j++) {
      if (isDay(resolved[j])) {
        return resolved[j].point().date();
      }
    }
    for (int j = i - 1; j >= 0; j--) {
      TimeSpec spec = matches.get(j).spec();
      if (spec.kind == TimeSpec.Kind.CAL && spec.day != null && isDay(resolved[j])) {
        return resolved[j].point().date();
      }
    }
    return null;
  }

  private static boolean isDay(TimeResolver.Resolution r) {
    return r != null && r.point() != null && r.point().gran() == TimeResolver.Gran.DAY;
  }

  private static int sentenceStart(String text, int pos) {
    for (int i = pos - 1; i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (isStop(c) && Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int sentenceEnd(String text, int pos) {
    for (int i = pos; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n'
          || (isStop(c)
              && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
        return i;
      }
    }
    return text.length();
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
