package org.warta.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.lang.id.IndonesianTime;
import org.warta.model.TimeExpression;
import org.warta.pipeline.Paragraphs;

/** Random and hostile text never makes the stage throw, and every span matches its text. */
class TimeRobustnessTest {
  private static final String[] PIECES = {
    "Senin",
    "(",
    ")",
    "/",
    "3",
    "12",
    "2019",
    "pukul",
    "09.15",
    "WIB",
    "lalu",
    "depan",
    "Januari",
    "tahun",
    "hari",
    "dua",
    "puluh",
    "se",
    "setiap",
    "kuartal",
    "I",
    "-",
    "–",
    "ini",
    "kemarin",
    "’",
    "Jum'at",
    "\n\n",
    ",",
    ".",
    " ",
    "  ",
    "\u00a0",
    "99",
    "31/02/2014",
    "usia",
    "pagi",
    "keesokan",
    "harinya",
    "sehari",
    "sebelumnya",
    "yang",
    "sama",
    "Q3",
    "1970-an",
    "🙂",
    "&"
  };

  @Test
  void randomTextNeverThrows() {
    TimeStage stage = new TimeStage(IndonesianTime.grammar());
    Random rnd = new Random(42);
    for (int i = 0; i < 1000; i++) {
      StringBuilder b = new StringBuilder();
      int n = rnd.nextInt(60);
      for (int k = 0; k < n; k++) {
        if (rnd.nextInt(5) == 0) {
          b.append((char) rnd.nextInt(0x3000));
        } else {
          b.append(PIECES[rnd.nextInt(PIECES.length)]);
          if (rnd.nextBoolean()) {
            b.append(' ');
          }
        }
      }
      String text = b.toString();
      LocalDate anchor =
          rnd.nextBoolean()
              ? null
              : LocalDate.of(1990 + rnd.nextInt(50), 1, 1).plusDays(rnd.nextInt(366));
      List<TimeExpression> times = stage.find(text, Paragraphs.split(text), anchor);
      for (TimeExpression t : times) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
  }

  @Test
  void longInputIsScannedQuickly() {
    TimeStage stage = new TimeStage(IndonesianTime.grammar());
    String para =
        "Pada Senin (3/8/2019) pukul 09.15 WIB, sekitar 1.000 warga mengungsi selama tiga hari"
            + " dan kembali pekan depan, kata pejabat yang berusia 48 tahun itu. ";
    String text = para.repeat(500);
    long t0 = System.nanoTime();
    List<TimeExpression> times = stage.find(text, Paragraphs.split(text), LocalDate.of(2019, 8, 5));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(times).hasSize(4 * 500);
    assertThat(ms).as("milliseconds for %d chars", text.length()).isLessThan(20_000);
  }
}
