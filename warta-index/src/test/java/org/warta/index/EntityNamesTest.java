package org.warta.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityNamesTest {
  @Test
  void keysIgnoreCaseHyphensAndSpaces() {
    assertThat(EntityNames.key("Kim Jong-un")).isEqualTo("kim jong un");
    assertThat(EntityNames.key("Kim  Jong Un")).isEqualTo("kim jong un");
    assertThat(EntityNames.key("KIM JONG UN")).isEqualTo("kim jong un");
    assertThat(EntityNames.key("Kab. Lebak")).isEqualTo("kab lebak");
  }

  @Test
  void acronymsAndInitials() {
    assertThat(EntityNames.isAcronym("BNPB")).isTrue();
    assertThat(EntityNames.isAcronym("Basarnas")).isFalse();
    assertThat(EntityNames.isAcronym("B")).isFalse();
    assertThat(EntityNames.initials("Badan Nasional Penanggulangan Bencana")).isEqualTo("bnpb");
    assertThat(EntityNames.initials("Badan Meteorologi, Klimatologi, dan Geofisika"))
        .isEqualTo("bmkg");
    assertThat(EntityNames.initials("Jakarta")).isNull();
  }

  @Test
  void placesWithoutAdministrativePrefix() {
    assertThat(EntityNames.placeKey("Kabupaten Lebak")).isEqualTo("lebak");
    assertThat(EntityNames.placeKey("Kab. Lebak")).isEqualTo("lebak");
    assertThat(EntityNames.placeKey("Kota")).isEqualTo("kota");
    assertThat(EntityNames.placeKey("Jawa Barat")).isEqualTo("jawa barat");
  }
}
