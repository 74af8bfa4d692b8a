package org.warta.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.warta.analysis.SharedAnalyzer;
import org.warta.eval.SharedData;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.RawArticle;
import org.warta.model.Approx;
import org.warta.model.Quantity;

/**
 * Fact-level checks on the seed and on dev articles read from {@code ../shared} (skipped when it is
 * absent; the texts are not ours to copy into the project).
 */
class QuantityFactsTest {
  private static List<Quantity> analyze(String relative, String published) throws IOException {
    Optional<Path> file = SharedData.resolve(relative);
    Assumptions.assumeTrue(file.isPresent(), "../shared/" + relative + " not found: skipped");
    String text = Files.readString(file.get(), StandardCharsets.UTF_8);
    return SharedAnalyzer.get()
        .analyze(new RawArticle(relative, text, ArticleMetadata.NONE.withPublished(published)))
        .quantities();
  }

  private static Quantity find(List<Quantity> qs, double value, Approx approx, String object) {
    return qs.stream()
        .filter(
            q -> q.value() == value && q.approx() == approx && Objects.equals(object, q.object()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + value + " " + approx + " " + object + " in " + qs));
  }

  @Test
  void seedFigures() throws IOException {
    List<Quantity> qs = analyze("seeds/000_22b53b6cf5b646ea.txt", "2025-08-30");
    Quantity troops = find(qs, 15000, Approx.ABOUT, "pasukan");
    assertThat(troops.text()).isEqualTo("sekitar 15.000");
    assertThat(troops.category()).isEqualTo("deployed");
    Quantity dead = find(qs, 1000, Approx.AT_LEAST, "pasukan");
    assertThat(dead.text()).isEqualTo("setidaknya 1.000");
    assertThat(dead.low()).isEqualTo(1000.0);
    assertThat(dead.high()).isNull();
    assertThat(dead.category()).isEqualTo("killed");
    Quantity close = find(qs, 600, Approx.CLOSE_TO, "orang");
    assertThat(close.text()).isEqualTo("mendekati 600");
    assertThat(close.category()).isEqualTo("killed");
    Quantity army = find(qs, 1_280_000, Approx.ABOUT, "prajurit");
    assertThat(army.text()).isEqualTo("sekitar 1,28 juta");
    Quantity injured = find(qs, 2000, Approx.VAGUE, "pasukan");
    assertThat(injured.text()).isEqualTo("beberapa ribu");
    assertThat(injured.high()).isEqualTo(9000.0);
    assertThat(injured.category()).isEqualTo("injured");
    // "tiga bulan" and "dua tahun" are durations, "ketiga" an ordinal
    assertThat(qs).extracting(Quantity::text).doesNotContain("tiga", "dua");
    assertThat(qs).hasSize(5);
  }

  @Test
  void devArticleFigures() throws IOException {
    List<Quantity> banten =
        analyze("data/articles/011_haluankepri-gempa-banten-6-meninggal.txt", "2019-08-05");
    Quantity displaced = find(banten, 33000, Approx.EXACT, "orang");
    assertThat(displaced.text()).isEqualTo("sebanyak 33.000");
    assertThat(displaced.category()).isEqualTo("displaced");
    assertThat(find(banten, 136, Approx.ABOUT, "kepala keluarga").category()).isEqualTo("affected");

    List<Quantity> peru =
        analyze("data/articles/032_detik-peru-darurat-demo-maut.txt", "2025-10-17");
    Quantity range = find(peru, 2, Approx.RANGE, null);
    assertThat(range.text()).isEqualTo("berkisar antara 2-4 persen");
    assertThat(range.high()).isEqualTo(4.0);
    assertThat(range.category()).isEqualTo("percent");
    assertThat(find(peru, 102, Approx.ABOUT, "orang").category()).isEqualTo("injured");
    // the city of Lima is not the number five
    assertThat(peru).noneMatch(q -> q.text().equals("Lima"));

    List<Quantity> malay = analyze("data/articles/057_fmt-1434-mangsa-banjir.txt", "2026-01-06");
    Quantity victims = find(malay, 1206, Approx.EXACT, "orang");
    assertThat(victims.category()).isEqualTo("displaced");
  }
}
