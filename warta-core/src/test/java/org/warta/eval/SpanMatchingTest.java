package org.warta.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;

class SpanMatchingTest {
  @Test
  void overlapOfHalfTheGoldSpanMatchesOneToOne() {
    int[][] gold = {{0, 10}, {20, 30}, {40, 50}};
    int[][] predicted = {{4, 12}, {22, 24}, {0, 9}, {45, 60}};
    int[] m = SpanMatching.match(gold, predicted);
    assertThat(m).containsExactly(2, -1, 3);
  }

  @Test
  void namesMatchBySubsetOfWordsOrByAMentionOfThePredictedEntity() {
    assertThat(SpanMatching.sameName("M Syaugi", "Laksamana Madya M Syaugi")).isTrue();
    assertThat(SpanMatching.sameName("Kim Jong Un", "Kim")).isTrue();
    assertThat(SpanMatching.sameName("Agus Wibowo", "Andri Firmansah")).isFalse();
    assertThat(SpanMatching.sameName(null, null)).isTrue();
    assertThat(SpanMatching.sameName(null, "dia")).isFalse();
    String t = "Badan Nasional Penanggulangan Bencana (BNPB)";
    Entity bnpb =
        new Entity(
            "e1",
            EntityType.ORGANIZATION,
            "Badan Nasional Penanggulangan Bencana",
            List.of(Mention.of(t, 0, 37), Mention.of(t, 39, 43)));
    assertThat(SpanMatching.namesEntity("BNPB", bnpb)).isTrue();
    assertThat(SpanMatching.namesEntity("BMKG", bnpb)).isFalse();
  }

  @Test
  void readsStandoffGoldWithHeaderAndNoneValues(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("a.tsv");
    Files.writeString(
        f,
        "# file a.txt\n# sha256 00ff\n# published 2025-08-30\n"
            + "start\tend\ttext\tsource_text\tmodality\n"
            + "3\t9\tabc def\t-\tasserted\n",
        StandardCharsets.UTF_8);
    StandoffGold g = StandoffGold.read(f);
    assertThat(g.file()).isEqualTo("a.txt");
    assertThat(g.published()).isEqualTo("2025-08-30");
    assertThat(g.columns()).containsExactly("source_text", "modality");
    assertThat(g.rows()).hasSize(1);
    assertThat(g.rows().get(0).field(0)).isNull();
    assertThat(g.rows().get(0).field(1)).isEqualTo("asserted");
  }
}
