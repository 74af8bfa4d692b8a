package org.warta.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.warta.model.EntityType.LOCATION;
import static org.warta.model.EntityType.ORGANIZATION;
import static org.warta.model.EntityType.PERSON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warta.clean.ArticleCleaner;
import org.warta.eval.SharedData;
import org.warta.model.Event;
import org.warta.model.EventType;
import org.warta.model.TimeType;

/**
 * The seed's event facts, with the other layers built by hand from the seed's words (so this test
 * checks the event rules, whatever the state of the other stages). Skipped without ../shared.
 */
class SeedEventsTest {
  private static final String SEED = "seeds/000_22b53b6cf5b646ea.txt";

  private static ArticleFixture seed() throws IOException {
    Optional<Path> path = SharedData.resolve(SEED);
    assumeThat(path).as("shared seed article (../shared/%s) not present", SEED).isPresent();
    String raw = Files.readString(path.get(), StandardCharsets.UTF_8);
    String text = ArticleCleaner.standard().clean(raw).text();
    String quote = text.substring(text.indexOf("Saya banyak"), text.indexOf("sedikit saja,") + 13);
    return new ArticleFixture(text, LocalDate.of(2025, 8, 30))
        .entity("e1", PERSON, "Kim Jong Un", "Kim")
        .entity("e2", PERSON, "Vladimir Putin", "Putin")
        .entity("e3", LOCATION, "Korea Utara")
        .entity("e4", LOCATION, "Korea Selatan")
        .entity("e5", LOCATION, "Rusia")
        .entity("e6", LOCATION, "Ukraina")
        .entity("e7", LOCATION, "China")
        .entity("e8", LOCATION, "Jepang")
        .entity("e9", ORGANIZATION, "BBC")
        .entity("e10", ORGANIZATION, "KCNA")
        .entity("e11", LOCATION, "Moskow")
        .entity("e12", LOCATION, "Pyongyang")
        .time("t1", "Jumat lalu", TimeType.DATE, "2025-08-29")
        .time("t2", "April", TimeType.DATE, "2025-04")
        .time("t3", "Januari", TimeType.DATE, "2025-01")
        .time("t4", "Oktober lalu", TimeType.DATE, "2024-10")
        .time("t5", "pekan depan", TimeType.DATE, "2025-W36")
        .quote("q1", quote, "e1");
  }

  @Test
  void kimMeetsTheFamiliesOnFriday() throws IOException {
    List<Event> meet = seed().events(EventType.MEET);
    assertThat(meet)
        .anySatisfy(
            e -> {
              assertThat(e.trigger().text()).isEqualTo("bertemu");
              assertThat(e.actors()).containsExactly("e1");
              assertThat(e.time()).isEqualTo("t1");
            });
  }

  @Test
  void kimWillMeetPutinInChinaNextWeek() throws IOException {
    List<Event> meet = seed().events(EventType.MEET);
    assertThat(meet)
        .anySatisfy(
            e -> {
              assertThat(e.actors()).containsExactly("e1");
              assertThat(e.targets()).containsExactly("e2");
              assertThat(e.places()).containsExactly("e7");
              assertThat(e.time()).isEqualTo("t5");
            });
  }

  @Test
  void birthdayMessageIsNotADeployment() throws IOException {
    ArticleFixture f = seed();
    assertThat(f.events(EventType.DEPLOY))
        .extracting(e -> e.trigger().text())
        .doesNotContain("mengirimkan pesan")
        .contains("mengirimkan");
    assertThat(f.events(EventType.STATEMENT))
        .anySatisfy(
            e -> {
              assertThat(e.trigger().text()).isEqualTo("mengirimkan pesan");
              assertThat(e.actors()).containsExactly("e1");
              assertThat(e.targets()).containsExactly("e2");
              assertThat(e.time()).isEqualTo("t4");
            });
  }

  @Test
  void northKoreaReceivesAidAndAcknowledgesInApril() throws IOException {
    ArticleFixture f = seed();
    assertThat(f.events(EventType.AID))
        .anySatisfy(
            e -> {
              assertThat(e.trigger().text()).isEqualTo("menerima bantuan");
              assertThat(e.targets()).containsExactly("e3");
            });
    Event ack = f.events(EventType.ACKNOWLEDGE).get(0);
    assertThat(ack.actors()).containsExactly("e3");
    assertThat(ack.time()).isEqualTo("t2");
  }
}
