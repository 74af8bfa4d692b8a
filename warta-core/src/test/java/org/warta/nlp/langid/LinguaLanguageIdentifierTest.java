package org.warta.nlp.langid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.eval.SharedData;
import org.warta.testdata.IndoSumArticles;

class LinguaLanguageIdentifierTest {
  private static final LinguaLanguageIdentifier ID = LinguaLanguageIdentifier.standard();

  // Paragraphs written for this test in the style of each language's news.
  private static final String INDONESIAN =
      "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Garut mencatat sedikitnya 120 rumah"
          + " terendam banjir setelah hujan deras mengguyur wilayah itu sejak Selasa malam. Kepala"
          + " BPBD Garut mengatakan warga sudah dievakuasi ke balai desa karena air terus naik."
          + " Pemerintah daerah menyiapkan uang bantuan dan dapur umum, namun akses jalan belum"
          + " bisa dilalui kendaraan roda empat hingga Rabu siang.";
  private static final String MALAY =
      "Seramai 350 mangsa banjir di Kelantan dipindahkan ke tiga pusat pemindahan sementara"
          + " setakat jam 8 pagi ini. Jurucakap Jabatan Kebajikan Masyarakat berkata bilangan mangsa"
          + " dijangka meningkat kerana hujan lebat masih berterusan di kawasan itu. Kerajaan negeri"
          + " telah menyalurkan wang bantuan awal kepada keluarga yang terjejas, iaitu RM500 bagi"
          + " setiap isi rumah.";
  private static final String ENGLISH =
      "The National Search and Rescue Agency said on Saturday that the search for victims of the"
          + " crash would end after thirteen days, although teams will remain on standby in case"
          + " new debris is found by fishermen along the coast.";
  private static final String TAGALOG =
      "Ayon sa mga opisyal, umabot na sa dalawampung katao ang nasawi sa pagbaha sa lalawigan"
          + " matapos ang malakas na ulan na dala ng bagyo nitong Linggo ng gabi.";

  @Test
  void inlineParagraphs() {
    assertThat(ID.identify(INDONESIAN)).isEqualTo("id");
    assertThat(ID.identify(MALAY)).isEqualTo("ms");
    assertThat(ID.identify(ENGLISH)).isEqualTo("en");
    assertThat(ID.identify(TAGALOG)).isEqualTo("tl");
    assertThat(ID.identify("北京周六宣布,搜救工作将在十三天后结束。")).isEqualTo("zh");
    assertThat(ID.identify("เจ้าหน้าที่ยืนยันว่ามีผู้เสียชีวิตจากน้ำท่วมแล้วยี่สิบราย"))
        .isEqualTo("th");
  }

  @Test
  void emptyOrLetterlessTextIsUndetermined() {
    assertThat(ID.identify("")).isEqualTo("und");
    assertThat(ID.identify("   \n\n ")).isEqualTo("und");
    assertThat(ID.identify("12.000 / 3,5 % -- 09.15")).isEqualTo("und");
  }

  @Test
  void theFamilyIsRecognisedWithoutLinguaAndDistinctiveWordsDecide() {
    LinguaLanguageIdentifier.Decision id = ID.explain(INDONESIAN);
    assertThat(id.usedLingua()).isFalse();
    assertThat(id.indonesianVotes()).isGreaterThan(id.malayVotes());
    LinguaLanguageIdentifier.Decision ms = ID.explain(MALAY);
    assertThat(ms.malayVotes()).isGreaterThanOrEqualTo(6);
    assertThat(ms.indonesianVotes()).isZero();
    assertThat(ID.explain(ENGLISH).usedLingua()).isTrue();
  }

  @Test
  void aSurnameIsNoMalayVote() {
    String text = INDONESIAN + " Menteri Luar Negeri China Wang Yi dijadwalkan hadir.";
    assertThat(ID.explain(text).malayVotes()).isZero();
  }

  @Test
  void devArticlesHaveTheirIndexedLanguage() throws IOException {
    Optional<Path> dir = SharedData.resolve("data/articles");
    assumeTrue(dir.isPresent(), "shared data absent: data/articles");
    List<String> lines = Files.readAllLines(dir.get().resolve("INDEX.tsv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t"));
    int fileCol = header.indexOf("file");
    int langCol = header.indexOf("language");
    Map<String, String> wrong = new HashMap<>();
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      String text = Files.readString(dir.get().resolve(cols[fileCol]), StandardCharsets.UTF_8);
      String got = ID.identify(text);
      checked++;
      if (!got.equals(cols[langCol])) {
        wrong.put(cols[fileCol], got + " (expected " + cols[langCol] + ")");
      }
    }
    assertThat(checked).isEqualTo(15);
    assertThat(wrong).isEmpty();
  }

  @Test
  void indoSumArticlesAreIndonesian() {
    assumeTrue(IndoSumArticles.directory().isPresent(), "shared data absent: IndoSum");
    List<String> texts = IndoSumArticles.read(200);
    assertThat(texts).hasSize(200);
    List<String> wrong = new ArrayList<>();
    for (String t : texts) {
      String got = ID.identify(t);
      if (!got.equals("id")) {
        wrong.add(got + ": " + t.substring(0, Math.min(80, t.length())));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void malayDistinctiveWordsAreRareInIndonesianNews() {
    assumeTrue(IndoSumArticles.directory().isPresent(), "shared data absent: IndoSum");
    List<String> texts = IndoSumArticles.read(Integer.MAX_VALUE);
    Set<String> malay = WordList.fromResource("/org/warta/lang/ms/distinctive-words.txt").words();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (String t : texts) {
      Set<String> seen = new HashSet<>();
      for (String w : t.split("[^\\p{L}'-]+")) {
        if (malay.contains(w) && seen.add(w)) {
          documentFrequency.merge(w, 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> tooFrequent = new HashMap<>();
    documentFrequency.forEach(
        (w, df) -> {
          if (df > texts.size() / 100) {
            tooFrequent.put(w, df);
          }
        });
    assertThat(tooFrequent).as("of %d IndoSum articles", texts.size()).isEmpty();
  }
}
