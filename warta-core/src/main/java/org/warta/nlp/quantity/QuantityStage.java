package org.warta.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warta.model.CharSpan;
import org.warta.model.Quantity;
import org.warta.model.Sentence;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.LayerKey;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Stage;

/**
 * Finds the numbers of an article with their hedge, counted object and category ({@link
 * Layers#QUANTITIES}).
 *
 * <p>What counts as a quantity: counts ({@code 600 orang}), amounts of money ({@code Rp 1,5
 * triliun}, value in the unit as written, ISO 4217 code as the object), percentages, measures
 * ({@code 6,9 SR}), ages ({@code Rasinah (48 tahun)}) and vague amounts ({@code ribuan}). What does
 * not: years, dates, clock times, ordinals ({@code ketiga}, {@code ke-13}), identifiers ({@code JT
 * 610}, {@code COVID-19}, phone numbers), number words inside names ({@code Kepulauan Seribu}) and
 * durations ({@code tiga bulan}), which are the time layer's.
 *
 * <p>Design decision: the stage scans the text of each paragraph with its own small tokenizer
 * rather than the segmenter's tokens, because how {@code 15.000}, {@code Rp1,5} or {@code 2-4}
 * split decides what can be read as a number, and that should not change when the segmenter does.
 * Sentences from {@link Layers#SENTENCES}, when present, only bound the context in which cue words
 * are looked for. Decimal conventions follow {@link Layers#LANGUAGE}: Malay and English group
 * thousands with commas.
 *
 * <p>Conventions for values: a range ({@code 20-30}) has value = low; a vague amount ({@code
 * puluhan}) has value = low = the smallest amount the word can mean (20) and high = the largest
 * round one (90); {@code beberapa ribu} is 2000..9000.
 *
 * <p>Thread-safe: all state is the immutable lexicon.
 */
public final class QuantityStage implements Stage {
  private final QuantityFinder finder;

  public QuantityStage(QuantityLexicon lexicon) {
    this.finder = new QuantityFinder(Objects.requireNonNull(lexicon, "lexicon"));
  }

  @Override
  public String name() {
    return "quantity";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> produces() {
    return Set.of(Layers.QUANTITIES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    String text = article.text();
    String language = article.find(Layers.LANGUAGE).orElse("id");
    boolean commaThousands = language.equals("ms") || language.equals("en");
    List<Sentence> sentences = article.find(Layers.SENTENCES).orElse(List.of());
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).start();
    }
    java.util.Arrays.sort(starts);
    List<Quantity> out = new ArrayList<>();
    for (CharSpan paragraph : article.get(Layers.PARAGRAPHS)) {
      for (QuantityFinder.Found f : finder.find(text, paragraph, commaThousands, starts)) {
        out.add(
            new Quantity(
                "n" + (out.size() + 1),
                text.substring(f.start(), f.end()),
                f.start(),
                f.end(),
                f.value(),
                f.low(),
                f.high(),
                f.approx(),
                f.object(),
                f.category()));
      }
    }
    article.put(Layers.QUANTITIES, List.copyOf(out));
  }
}
