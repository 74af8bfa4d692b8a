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

  @Test
  void plainDatesAgreeWithTheStrictIsoParser() {
    for (String v :
        new String[] {
          "2024-02-29",
          "2023-02-29",
          "2019-04-31",
          "2019-00-10",
          "2019-01-00",
          "0000-01-01",
          "9999-12-31",
          "2019-12-32"
        }) {
      java.util.Optional<LocalDate> iso;
      try {
        iso = java.util.Optional.of(LocalDate.parse(v));
      } catch (java.time.DateTimeException e) {
        iso = java.util.Optional.empty();
      }
      assertThat(PublicationDate.parse(v)).as(v).isEqualTo(iso);
    }
  }
}
