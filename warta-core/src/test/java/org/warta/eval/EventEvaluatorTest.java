package org.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;

class EventEvaluatorTest {
  @TempDir Path dir;

  @Test
  void readsGoldRowsAndHeaders() throws IOException {
    Path f = dir.resolve("a.tsv");
    Files.writeString(
        f,
        "# file\ta.txt\n# sha256\tabc\n# published\t2025-08-30\n"
            + "trigger_start\ttrigger_end\ttrigger_text\ttype\tactors\ttargets\tplaces\ttime_text\n"
            + "10\t17\tbertemu\tMEET\tKim Jong Un\tVladimir Putin\tChina\tpekan depan\n"
            + "30\t35\ttewas\tDIE\t\t\t\t\n",
        StandardCharsets.UTF_8);
    EventEvaluator.GoldFile g = EventEvaluator.readGold(f);
    assertThat(g.file()).isEqualTo("a.txt");
    assertThat(g.published()).isEqualTo("2025-08-30");
    assertThat(g.rows()).hasSize(2);
    assertThat(g.rows().get(0).actors()).containsExactly("Kim Jong Un");
    assertThat(g.rows().get(0).places()).containsExactly("China");
    assertThat(g.rows().get(1).actors()).isEmpty();
    assertThat(g.rows().get(1).time()).isEmpty();
  }

  @Test
  void rejectsMalformedRows() throws IOException {
    Path f = dir.resolve("b.tsv");
    Files.writeString(f, "# file\tb.txt\n# sha256\tx\n1\t2\tx\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EventEvaluator.readGold(f)).hasMessageContaining("8 columns");
  }

  @Test
  void namesMatchCanonicalNameOrMentionAsWholeWords() {
    String text = "Kepala Basarnas Muhammad Syaugi dan Syaugi";
    Entity e =
        new Entity(
            "e1",
            EntityType.PERSON,
            "Muhammad Syaugi",
            List.of(Mention.of(text, 16, 31), Mention.of(text, 36, 42)));
    assertThat(EventEvaluator.sameEntity("Syaugi", e)).isTrue();
    assertThat(EventEvaluator.sameEntity("muhammad syaugi", e)).isTrue();
    assertThat(EventEvaluator.sameEntity("Syaug", e)).isFalse();
    assertThat(EventEvaluator.sameName("Metropolitan Lima", "Lima")).isTrue();
    assertThat(EventEvaluator.sameName("Limassol", "Lima")).isFalse();
  }

  @Test
  void timesMatchByContainment() {
    assertThat(EventEvaluator.sameTime("Jumat", "Jumat lalu")).isTrue();
    assertThat(EventEvaluator.sameTime("pekan depan", "Senin")).isFalse();
  }

  /** Every gold row points at its trigger text in the article it names (skipped without data). */
  @Test
  void committedGoldSpansCoverTheirTriggers() throws IOException {
    Optional<Path> articles = SharedData.resolve("data/articles");
    Optional<Path> seeds = SharedData.resolve("seeds");
    assumeThat(articles).as("../shared/data/articles not present").isPresent();
    Path goldDir = Path.of("../gold/events");
    assumeThat(Files.isDirectory(goldDir)).as("gold/events not found").isTrue();
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(9);
    int rows = 0;
    for (Path f : files) {
      EventEvaluator.GoldFile g = EventEvaluator.readGold(f);
      Path article = articles.get().resolve(g.file());
      if (!Files.exists(article) && seeds.isPresent()) {
        article = seeds.get().resolve(g.file());
      }
      String text = Files.readString(article, StandardCharsets.UTF_8);
      for (EventEvaluator.GoldEvent e : g.rows()) {
        assertThat(text.substring(e.start(), e.end()))
            .as(f + " @" + e.start())
            .isEqualTo(e.trigger());
        rows++;
      }
    }
    assertThat(rows).isGreaterThan(150);
  }
}
