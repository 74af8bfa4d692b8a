package org.warta.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {
  static final String BODY =
      "Judul\n\nBanjir merendam ratusan rumah di tiga kecamatan setelah hujan deras mengguyur sejak"
          + " sore. Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke masjid dan"
          + " sekolah terdekat. Kepala BPBD mengatakan air mulai surut pada pagi hari, tetapi warga"
          + " diminta tetap waspada karena hujan diperkirakan turun lagi.";

  @Test
  void aRepublishedCopyWithOneEditIsANearDuplicate() {
    long a = StoryFeatures.simHash(BODY);
    long b = StoryFeatures.simHash("Judul Lain\n\n" + BODY.substring(7).replace("sore", "siang"));
    long c =
        StoryFeatures.simHash(
            "Judul\n\nHarga cabai rawit di pasar induk naik dua kali lipat"
                + " menjelang hari raya, sementara pasokan dari daerah sentra produksi berkurang karena"
                + " cuaca buruk. Pedagang mengeluhkan pembeli yang berkurang sejak awal pekan.");
    assertThat(Long.bitCount(a ^ b)).isLessThanOrEqualTo(StoryGrouper.MAX_HAMMING + 6);
    assertThat(Long.bitCount(a ^ c)).isGreaterThan(10);
  }

  @Test
  void copiesJoinWhateverTheirDates() {
    long h = StoryFeatures.simHash(BODY);
    Map<String, String> g =
        new StoryGrouper()
            .group(
                List.of(
                    new StoryGrouper.Features("b2", h, 100L, Set.of()),
                    new StoryGrouper.Features("a1", h ^ 0b101, 900L, Set.of()),
                    new StoryGrouper.Features("c3", ~h, 100L, Set.of())));
    assertThat(g.get("b2")).isEqualTo("a1");
    assertThat(g.get("a1")).isEqualTo("a1");
    assertThat(g.get("c3")).isEqualTo("c3");
  }

  @Test
  void reportsOfOneEventJoinWithinDaysOnly() {
    Set<String> a =
        Set.of(
            "e:bnpb", "e:lebak", "e:pandeglang", "e:agus wibowo", "w:gempa", "t:DIE", "t:DISASTER");
    Set<String> b = Set.of("e:bnpb", "e:lebak", "e:pandeglang", "e:sumur", "w:gempa", "t:DIE");
    Set<String> other = Set.of("e:lebak", "e:pasar rangkasbitung", "t:PROTEST");
    List<StoryGrouper.Features> docs =
        List.of(
            new StoryGrouper.Features("x1", 0L, 100L, a),
            new StoryGrouper.Features("x2", 0L, 102L, b),
            new StoryGrouper.Features("x3", 0L, 101L, other),
            new StoryGrouper.Features("x4", 0L, 190L, b));
    Map<String, String> g = new StoryGrouper().group(docs);
    assertThat(g.get("x2")).isEqualTo("x1");
    assertThat(g.get("x3")).isEqualTo("x3");
    assertThat(g.get("x4")).isEqualTo("x4");
  }
}
