package org.warta.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.warta.analysis.SharedAnalyzer;
import org.warta.eval.EntityEvaluator;
import org.warta.eval.SharedData;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.RawArticle;
import org.warta.model.ArticleRecord;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;

/** Facts on the founding article and the dev gold; skipped without ../shared. */
class EntitySharedDataTest {
  private static ArticleRecord seed() throws Exception {
    Optional<Path> seed = SharedData.resolve("seeds/000_22b53b6cf5b646ea.txt");
    Assumptions.assumeTrue(seed.isPresent(), "../shared/seeds absent: seed facts skipped");
    String text = Files.readString(seed.get());
    return SharedAnalyzer.get()
        .analyze(new RawArticle("seed", text, new ArticleMetadata(null, null, "2025-08-30", null)));
  }

  private static Entity named(List<Entity> es, String name) {
    return es.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name));
  }

  @Test
  void seedHasTheExpectedEntitiesWithTheirMentions() throws Exception {
    List<Entity> es = seed().entities();
    Entity kim = named(es, "Kim Jong Un");
    assertThat(kim.type()).isEqualTo(EntityType.PERSON);
    assertThat(kim.mentions().stream().map(Mention::text))
        .contains("Kim Jong Un", "Kim")
        .hasSize(7);
    Entity putin = named(es, "Vladimir Putin");
    assertThat(putin.type()).isEqualTo(EntityType.PERSON);
    assertThat(putin.mentions().stream().map(Mention::text)).contains("Vladimir Putin", "Putin");
    for (String loc :
        List.of(
            "Korea Utara",
            "Korea Selatan",
            "Rusia",
            "Ukraina",
            "China",
            "Jepang",
            "Moskow",
            "Pyongyang")) {
      assertThat(named(es, loc).type()).as(loc).isEqualTo(EntityType.LOCATION);
    }
    assertThat(named(es, "BBC").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(es, "KCNA").type()).isEqualTo(EntityType.ORGANIZATION);
    List<String> all =
        es.stream()
            .filter(e -> e.type() != EntityType.EVENT)
            .flatMap(e -> e.mentions().stream().map(Mention::text))
            .toList();
    assertThat(all)
        .doesNotContain(
            "Pada", "Selama", "Dalam", "Saya", "Jadi", "Jumat", "Januari", "April", "Oktober",
            "Sebagai", "Ini", "Upacara", "Barat");
  }

  @Test
  void devGoldScoresStayAboveTheirFloor() throws Exception {
    Path gold = Path.of("../gold/entities");
    Optional<Path> articles = SharedData.resolve("data/articles");
    Optional<Path> seeds = SharedData.resolve("seeds");
    Assumptions.assumeTrue(
        Files.isDirectory(gold) && articles.isPresent() && seeds.isPresent(),
        "gold or ../shared absent: skipped");
    EntityEvaluator.Report r =
        new EntityEvaluator(SharedAnalyzer.get())
            .evaluate(EntityEvaluator.readAll(gold), List.of(articles.get(), seeds.get()));
    assertThat(r.articles()).hasSize(14);
    assertThat(r.warnings()).isEmpty();
    // a regression guard well below the measured figures (micro F1 0.94, names 0.97)
    assertThat(r.table().microF1()).isGreaterThan(0.88);
    assertThat(r.canonicalAccuracy()).isGreaterThan(0.93);
  }
}
