package org.warta.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
  @Test
  void acceptsTheFormsSourcesUse() {
    assertThat(PublicationDate.parse("2019-08-03")).contains(LocalDate.of(2019, 8, 3));
    assertThat(PublicationDate.parse("2025-10-17T21:16")).contains(LocalDate.of(2025, 10, 17));
    assertThat(PublicationDate.parse("2019-08-03T16:40+07:00")).contains(LocalDate.of(2019, 8, 3));
    assertThat(PublicationDate.parse("2019-08-03T23:40:10Z")).contains(LocalDate.of(2019, 8, 3));
    assertThat(PublicationDate.parse("2019-08-03T06:40:00+0700"))
        .contains(LocalDate.of(2019, 8, 3));
  }

  @Test
  void keepsTheOutletsLocalDateNotUtc() {
    assertThat(PublicationDate.parse("2019-08-03T01:00+07:00")).contains(LocalDate.of(2019, 8, 3));
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertThat(PublicationDate.parse("kemarin")).isEmpty();
    assertThat(PublicationDate.parse("2019-13-45")).isEmpty();
    assertThat(PublicationDate.parse(null)).isEmpty();
  }
}
