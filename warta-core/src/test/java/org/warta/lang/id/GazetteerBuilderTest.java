package org.warta.lang.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.warta.eval.SharedData;

class GazetteerBuilderTest {
  private static Path data() {
    var data = SharedData.resolve("data/gazetteer");
    Assumptions.assumeTrue(data.isPresent(), "../shared/data/gazetteer absent: skipped");
    return data.get().getParent();
  }

  @Test
  void sameInputGivesSameOutput() {
    Path data = data();
    assertThat(GazetteerBuilder.build(data)).isEqualTo(GazetteerBuilder.build(data));
  }

  @Test
  void committedResourcesAreUpToDate() throws IOException {
    Map<String, String> files = GazetteerBuilder.build(data());
    assertThat(files)
        .containsOnlyKeys("countries.tsv", "regions.tsv", "function-words.txt", "common-words.txt");
    for (Map.Entry<String, String> e : files.entrySet()) {
      try (InputStream in = GazetteerBuilder.class.getResourceAsStream("gazetteer/" + e.getKey())) {
        assertThat(in).as(e.getKey()).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .as("%s is stale: rerun GazetteerBuilder", e.getKey())
            .isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void generatedListsHoldTheExpectedNamesAndAttribution() {
    Map<String, String> files = GazetteerBuilder.build(data());
    assertThat(files.get("countries.tsv"))
        .contains("LGPL-2.1", "\nKorea Utara\tKP\n", "\nJepang\tJP\n", "\nBolivia\tBO\n");
    assertThat(files.get("regions.tsv"))
        .contains("MIT", "Cahya DSN", "\nBanten\tprovince\n", "\nLebak\tregency\n")
        .contains("\nKabupaten Lebak\tregency\n", "\nCisolok\tdistrict\n")
        .doesNotContain("\nKeude Bakongan\t"); // a village: left out
    assertThat(files.get("function-words.txt")).contains("\nyang\n", "\ndalam\n");
    assertThat(files.get("common-words.txt"))
        .contains("MIT", "\nkorban\n", "\nkinerja\n")
        .doesNotContain("\njakarta\n", "\nagus\n");
  }
}
