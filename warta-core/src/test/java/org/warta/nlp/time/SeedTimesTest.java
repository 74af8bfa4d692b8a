package org.warta.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.warta.analysis.SharedAnalyzer;
import org.warta.eval.SharedData;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.RawArticle;
import org.warta.model.ArticleRecord;
import org.warta.model.TimeExpression;
import org.warta.model.TimeType;

/**
 * The founding issue's time checks on the seed article, published 2025-08-30, through the whole
 * analysis (cleaning included). Reads the seed from ../shared; skipped when it is absent.
 */
class SeedTimesTest {
  @Test
  void relativeExpressionsOfTheSeedResolve() throws Exception {
    Optional<Path> seed = SharedData.resolve("seeds/000_22b53b6cf5b646ea.txt");
    Assumptions.assumeTrue(seed.isPresent(), "../shared/seeds is absent: seed checks skipped");
    RawArticle raw =
        new RawArticle(
            "seed",
            Files.readString(seed.get(), StandardCharsets.UTF_8),
            new ArticleMetadata(null, null, "2025-08-30", null));
    ArticleRecord record = SharedAnalyzer.get().analyze(raw);
    List<TimeExpression> times = record.times();

    assertThat(valueOf(times, "Jumat lalu")).isEqualTo("2025-08-29");
    assertThat(valueOf(times, "April")).isEqualTo("2025-04");
    assertThat(valueOf(times, "Januari")).isEqualTo("2025-01");
    assertThat(valueOf(times, "Oktober lalu")).isEqualTo("2024-10");
    assertThat(valueOf(times, "pekan depan")).isEqualTo("2025-W36");
    TimeExpression threeMonths = find(times, "tiga bulan");
    assertThat(threeMonths.type()).isEqualTo(TimeType.DURATION);
    assertThat(threeMonths.value()).isEqualTo("P3M");
    assertThat(find(times, "dua tahun").value()).isEqualTo("P2Y");
    // "Pada bulan yang sama" follows "Pada Oktober lalu"
    assertThat(valueOf(times, "bulan yang sama")).isEqualTo("2024-10");
    for (TimeExpression t : times) {
      assertThat(record.text().substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  /** The expression whose text contains {@code phrase} as a whole word. */
  private static TimeExpression find(List<TimeExpression> times, String phrase) {
    List<TimeExpression> hits =
        times.stream().filter(t -> t.text().matches("(?s).*\\b" + phrase + "\\b.*")).toList();
    assertThat(hits).as("expressions containing '%s' among %s", phrase, times).hasSize(1);
    return hits.get(0);
  }

  private static String valueOf(List<TimeExpression> times, String phrase) {
    return find(times, phrase).value();
  }
}
