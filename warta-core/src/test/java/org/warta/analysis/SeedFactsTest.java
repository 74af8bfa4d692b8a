package org.warta.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.eval.SharedData;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.RawArticle;
import org.warta.model.Approx;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.Modality;
import org.warta.model.Quantity;
import org.warta.model.TimeExpression;

/**
 * The foundation issue's fact-level checks on the founding article ({@code
 * ../shared/seeds/000_22b53b6cf5b646ea.txt}, published 2025-08-30). The text is read from the
 * shared folder at test time (it is not ours to copy); the test skips when that is absent.
 */
class SeedFactsTest {
  private static ArticleRecord record;
  private static String original;

  @BeforeAll
  static void analyze() throws Exception {
    Optional<Path> seed = SharedData.resolve("seeds/000_22b53b6cf5b646ea.txt");
    Assumptions.assumeTrue(seed.isPresent(), "shared data absent: ../shared/seeds not found");
    original = Files.readString(seed.get(), StandardCharsets.UTF_8);
    record =
        SharedAnalyzer.get()
            .analyze(
                new RawArticle(
                    seed.get().toString(),
                    original,
                    new ArticleMetadata(null, null, "2025-08-30", null)));
  }

  private static Entity entity(String name) {
    return record.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + names()));
  }

  private static List<String> names() {
    return record.entities().stream().map(e -> e.name() + ":" + e.type()).toList();
  }

  @Test
  void onlyTheInjectedLineIsRemoved() {
    assertThat(record.removed()).hasSize(1);
    assertThat(record.removed().get(0).text()).startsWith("MEMBACA").endsWith("| Berita");
    assertThat(record.language()).isEqualTo("id");
    // Every other paragraph of the original survives cleaning.
    for (String paragraph : original.split("\n\n")) {
      if (!paragraph.startsWith("MEMBACA")) {
        assertThat(record.text()).contains(paragraph.strip());
      }
    }
  }

  @Test
  void entitiesHaveOneCanonicalNameWithAllTheirMentions() {
    Entity kim = entity("Kim Jong Un");
    assertThat(kim.type()).isEqualTo(EntityType.PERSON);
    assertThat(kim.mentions()).extracting(m -> m.text()).contains("Kim Jong Un", "Kim");
    assertThat(kim.mentions().stream().filter(m -> m.text().equals("Kim")).count())
        .isGreaterThanOrEqualTo(6);
    Entity putin = entity("Vladimir Putin");
    assertThat(putin.type()).isEqualTo(EntityType.PERSON);
    assertThat(putin.mentions()).extracting(m -> m.text()).contains("Putin");
    for (String loc :
        List.of("Korea Utara", "Korea Selatan", "Rusia", "Ukraina", "China", "Jepang")) {
      assertThat(entity(loc).type()).as(loc).isEqualTo(EntityType.LOCATION);
    }
    for (String org : List.of("BBC", "KCNA")) {
      assertThat(entity(org).type()).as(org).isEqualTo(EntityType.ORGANIZATION);
    }
    List<String> mentionTexts =
        record.entities().stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
    assertThat(mentionTexts)
        .doesNotContain(
            "Pada", "Selama", "Dalam", "Saya", "Jadi", "Jumat", "Januari", "April", "Oktober",
            "Upacara", "Sebagai", "Ini");
  }

  private static Quantity quantity(double value) {
    return record.quantities().stream()
        .filter(q -> q.value() == value)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no quantity " + value + " in " + record.quantities()));
  }

  @Test
  void quantitiesCarryHedgeAndCountedObject() {
    assertThat(quantity(15000).approx()).isEqualTo(Approx.ABOUT);
    assertThat(quantity(15000).object()).isEqualTo("pasukan");
    assertThat(quantity(1000).approx()).isEqualTo(Approx.AT_LEAST);
    assertThat(quantity(1000).low()).isEqualTo(1000.0);
    assertThat(quantity(1000).object()).isEqualTo("pasukan");
    assertThat(quantity(600).approx()).isEqualTo(Approx.CLOSE_TO);
    assertThat(quantity(600).object()).isEqualTo("orang");
    assertThat(quantity(1280000).approx()).isEqualTo(Approx.ABOUT);
    assertThat(quantity(1280000).object()).isEqualTo("prajurit");
  }

  @Test
  void timesAreResolvedAgainstThePublicationDate() {
    Map<String, String> values =
        record.times().stream()
            .collect(
                Collectors.toMap(
                    TimeExpression::text, t -> String.valueOf(t.value()), (a, b) -> a));
    assertThat(values).containsEntry("Jumat lalu", "2025-08-29");
    assertThat(values).containsEntry("pekan depan", "2025-W36");
    assertThat(values).containsEntry("Oktober lalu", "2024-10");
    assertThat(values.entrySet())
        .anySatisfy(e -> assertThat(e.getKey()).contains("April").isNotEqualTo("x"))
        .anySatisfy(e -> assertThat(e.getKey()).contains("Januari"));
    assertThat(record.times())
        .filteredOn(t -> t.text().contains("April"))
        .extracting(TimeExpression::value)
        .containsOnly("2025-04");
    assertThat(record.times())
        .filteredOn(t -> t.text().contains("Januari"))
        .extracting(TimeExpression::value)
        .containsOnly("2025-01");
  }

  @Test
  void theLongQuoteIsKims() {
    String kim = entity("Kim Jong Un").id();
    assertThat(record.quotes())
        .filteredOn(q -> q.text().startsWith("Saya banyak memikirkan"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo(kim));
  }

  private static Claim claimWith(double value) {
    Function<String, Double> v =
        id ->
            record.quantities().stream()
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow()
                .value();
    return record.claims().stream()
        .filter(c -> c.quantities().stream().anyMatch(id -> v.apply(id) == value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim stating " + value));
  }

  @Test
  void claimsKeepSourceAndModality() {
    Claim troops = claimWith(15000);
    assertThat(troops.modality()).isEqualTo(Modality.BELIEVED);
    assertThat(troops.source().text()).isEqualTo("Korea Selatan");
    assertThat(troops.source().entity()).isEqualTo(entity("Korea Selatan").id());
    Claim dead = claimWith(1000);
    assertThat(dead.modality()).isIn(Modality.BELIEVED, Modality.REPORTED);
    assertThat(dead.source().text()).isEqualTo("pejabat Barat");
    Claim soldiers = claimWith(1280000);
    assertThat(soldiers.modality()).isEqualTo(Modality.POSSIBLE);
  }

  @Test
  void meetingsAreEvents() {
    String kim = entity("Kim Jong Un").id();
    String putin = entity("Vladimir Putin").id();
    Map<String, String> timeValues =
        record.times().stream()
            .collect(Collectors.toMap(TimeExpression::id, t -> String.valueOf(t.value())));
    List<Event> meets = record.events().stream().filter(e -> e.type() == EventType.MEET).toList();
    assertThat(meets)
        .anySatisfy(
            e -> {
              assertThat(e.actors()).contains(kim);
              assertThat(timeValues.get(e.time())).isEqualTo("2025-08-29");
            });
    assertThat(meets)
        .anySatisfy(
            e -> {
              assertThat(e.actors()).contains(kim);
              assertThat(e.targets()).contains(putin);
            });
  }
}
