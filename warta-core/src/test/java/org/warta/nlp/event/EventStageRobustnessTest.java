package org.warta.nlp.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.model.EntityType;
import org.warta.model.Event;
import org.warta.model.TimeType;

/** Random and garbage input never throws, and every trigger span is valid. */
class EventStageRobustnessTest {
  private static final String[] WORDS = {
    "bertemu",
    "dengan",
    "di",
    "ke",
    "dari",
    "oleh",
    "Kim",
    "Jakarta",
    "tewas",
    "tidak",
    "ada",
    "mengirimkan",
    "pasukan",
    "yang",
    "\"",
    "“",
    "”",
    ",",
    ".",
    ";",
    ":",
    "ia",
    "mereka",
    "kunjungannya",
    "pertemuan",
    "ini",
    "gempa",
    "banjir",
    "dievakuasi",
    "menerima",
    "bantuan",
    "saya",
    "kata",
    "bahwa",
    "menewaskan",
    "1.200",
    "orang",
    "\n\n",
    "Badan",
    "Bencana",
    "-",
    "nya",
    "menetapkan",
    "status",
    "darurat",
    "dilantik",
    "untuk",
    "dan",
    "meminta",
    "maaf",
    "😀",
    "ß"
  };

  @Test
  void randomWordSoupNeverThrows() {
    Random random = new Random(42);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder("Judul acak\n\n");
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = b.toString();
      ArticleFixture f = new ArticleFixture(text);
      if (text.contains("Kim")) {
        f.entity("e1", EntityType.PERSON, "Kim");
      }
      if (text.contains("Jakarta")) {
        f.entity("e2", EntityType.LOCATION, "Jakarta");
      }
      if (text.contains("ini")) {
        f.time("t1", "ini", TimeType.DATE, null);
      }
      if (round % 3 == 0) {
        f.withoutSegmenter();
      }
      List<Event> events = f.events(); // checks every trigger span against the text
      for (Event e : events) {
        assertThat(e.trigger().end()).isLessThanOrEqualTo(text.length());
        assertThat(e.trigger().text()).isNotBlank();
      }
    }
  }

  @Test
  void randomCharactersNeverThrow() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      char[] cs = new char[random.nextInt(200)];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = (char) random.nextInt(0x3000);
      }
      String text = new String(cs);
      assertThat(new ArticleFixture(text).events()).isNotNull();
      assertThat(new ArticleFixture(text).withoutSegmenter().events()).isNotNull();
    }
  }

  @Test
  void emptyTextHasNoEvents() {
    assertThat(new ArticleFixture("").events()).isEmpty();
  }
}
