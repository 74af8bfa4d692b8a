package org.warta.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.lang.id.IndonesianQuantityLexicon;
import org.warta.model.Approx;
import org.warta.model.Quantity;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

/** Unit tests of the quantity stage on short news-style sentences written for these tests. */
class QuantityStageTest {
  private static final QuantityStage STAGE = new QuantityStage(IndonesianQuantityLexicon.load());

  static List<Quantity> run(String text, String language) {
    AnnotatedArticle a = AnnotatedArticle.of(text, null);
    a.put(Layers.LANGUAGE, language);
    a.put(Layers.SENTENCES, List.of());
    STAGE.process(a);
    List<Quantity> qs = a.get(Layers.QUANTITIES);
    for (Quantity q : qs) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return qs;
  }

  static List<Quantity> run(String text) {
    return run(text, "id");
  }

  /** The single quantity of {@code text}, whose span must be {@code span}. */
  static Quantity only(String text, String span) {
    List<Quantity> qs = run(text);
    assertThat(qs).as("quantities of: %s", text).extracting(Quantity::text).containsExactly(span);
    Quantity q = qs.get(0);
    assertThat(q.start()).isEqualTo(text.indexOf(span));
    return q;
  }

  @Test
  void hedgedCountsWithObjectAndCategory() {
    String text =
        "Banjir bandang di lereng gunung\n\n"
            + "Pemerintah mengerahkan sekitar 2.500 personel gabungan ke lokasi. Setidaknya 1.200 dari"
            + " warga yang mengungsi telah kembali, namun hampir 300 orang tewas dan puluhan lainnya"
            + " luka-luka.";
    List<Quantity> qs = run(text);
    assertThat(qs)
        .extracting(Quantity::text)
        .containsExactly("sekitar 2.500", "Setidaknya 1.200", "hampir 300", "puluhan");
    assertThat(qs).extracting(Quantity::id).containsExactly("n1", "n2", "n3", "n4");
    Quantity deployed = qs.get(0);
    assertThat(deployed.value()).isEqualTo(2500);
    assertThat(deployed.approx()).isEqualTo(Approx.ABOUT);
    assertThat(deployed.object()).isEqualTo("personel");
    assertThat(deployed.category()).isEqualTo("deployed");
    Quantity atLeast = qs.get(1);
    assertThat(atLeast.low()).isEqualTo(1200.0);
    assertThat(atLeast.high()).isNull();
    assertThat(atLeast.approx()).isEqualTo(Approx.AT_LEAST);
    assertThat(atLeast.object()).isEqualTo("warga");
    assertThat(atLeast.category()).isEqualTo("displaced");
    assertThat(qs.get(2).approx()).isEqualTo(Approx.CLOSE_TO);
    assertThat(qs.get(2).category()).isEqualTo("killed");
    Quantity vague = qs.get(3);
    assertThat(vague.approx()).isEqualTo(Approx.VAGUE);
    assertThat(vague.low()).isEqualTo(20.0);
    assertThat(vague.high()).isEqualTo(90.0);
    assertThat(vague.object()).isEqualTo("orang");
    assertThat(vague.category()).isEqualTo("injured");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // digits with Indonesian separators and scale words
        "Polisi mengamankan 15.000 butir pil koplo.|15.000|15000",
        "Inflasi tercatat 1,28 pada bulan itu.|1,28|1.28",
        "Gempa berkekuatan 6,9 mengguncang pesisir.|6,9|6.9",
        "Sensus mencatat 1.000.000 penduduk baru.|1.000.000|1000000",
        "Kota itu dihuni 1,28 juta warga.|1,28 juta|1280000",
        "Perusahaan meraup laba 2,5 miliar rupiah.|2,5 miliar rupiah|2500000000",
        "Proyek itu menelan 3 triliun rupiah.|3 triliun rupiah|3000000000000",
        "Panitia mencetak 500 ribu lembar undangan.|500 ribu|500000",
        // number words
        "Petugas menemukan satu jenazah di sungai.|satu|1",
        "Ada sembilan kapal di dermaga.|sembilan|9",
        "Sebanyak sepuluh truk dikirim ke lokasi.|Sebanyak sepuluh|10",
        "Sekolah itu menerima sebelas siswa baru.|sebelas|11",
        "Tim membawa dua belas ekor sapi.|dua belas|12",
        "Desa itu memiliki dua puluh tiga sumur.|dua puluh tiga|23",
        "Warga menanam seratus pohon.|seratus|100",
        "Yayasan menyalurkan seribu paket sembako.|seribu|1000",
        "Pabrik merekrut dua ratus pekerja.|dua ratus|200",
        "Aplikasi itu diunduh sejuta pengguna.|sejuta|1000000",
        "Kebun itu menghasilkan setengah juta butir telur.|setengah juta|500000",
        "Dana sebesar seribu dua ratus dolar terkumpul.|sebesar seribu dua ratus dolar|1200",
        // a dot that cannot group thousands is a decimal point
        "Layar ponsel itu berukuran 6.5 inci.|6.5|6.5"
      })
  void readsNumbers(String text, String span, double value) {
    Quantity q = only(text, span);
    assertThat(q.value()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Jumlah korban meninggal akibat gempa di Kabupaten Lebak bertambah menjadi lima orang.|lima|killed",
        "Jumlah korban tewas dalam kecelakaan bus di Tol Cipali bertambah menjadi 7 orang.|7|killed",
        "Korban luka-luka akibat banjir di Garut mencapai 12 orang.|12|injured",
        "Total korban hilang dalam longsor di Banjarnegara kini 9 orang.|9|missing",
        // the subject has no head: the count stays a plain count of people
        "Warga yang datang dari desa di lereng gunung mencapai 40 orang.|40|people"
      })
  void subjectOfAResultVerbCategorisesTheCount(String text, String span, String category) {
    assertThat(only(text, span).category()).isEqualTo(category);
  }

  @Test
  void malayCommaGroupsThousands() {
    String text = "Seramai 1,434 mangsa banjir ditempatkan di pusat pemindahan sementara.";
    List<Quantity> qs = run(text, "ms");
    assertThat(qs).extracting(Quantity::text).containsExactly("Seramai 1,434");
    assertThat(qs.get(0).value()).isEqualTo(1434);
    assertThat(qs.get(0).approx()).isEqualTo(Approx.EXACT);
    assertThat(qs.get(0).object()).isEqualTo("mangsa");
    assertThat(qs.get(0).category()).isEqualTo("displaced");
    // the same digits in Indonesian are a decimal, unless they count people
    assertThat(run("Rasio itu mencapai 1,434 pada akhir tahun.", "id").get(0).value())
        .isEqualTo(1.434);
    assertThat(run("Sebanyak 1,206 orang mengungsi.", "id").get(0).value()).isEqualTo(1206);
  }

  @Test
  void vagueAmounts() {
    Quantity puluhan = only("Puluhan rumah terendam banjir.", "Puluhan");
    assertThat(puluhan.approx()).isEqualTo(Approx.VAGUE);
    assertThat(puluhan.value()).isEqualTo(20);
    assertThat(puluhan.low()).isEqualTo(20.0);
    assertThat(puluhan.high()).isEqualTo(90.0);
    assertThat(puluhan.object()).isEqualTo("rumah");
    assertThat(puluhan.category()).isEqualTo("affected");

    Quantity ratusanRibu = only("Aksi itu diikuti ratusan ribu buruh.", "ratusan ribu");
    assertThat(ratusanRibu.low()).isEqualTo(200_000.0);
    assertThat(ratusanRibu.high()).isEqualTo(900_000.0);
    assertThat(ratusanRibu.object()).isEqualTo("buruh");
    assertThat(ratusanRibu.category()).isEqualTo("people");

    Quantity beberapaRibu = only("Beberapa ribu pendukung memadati stadion.", "Beberapa ribu");
    assertThat(beberapaRibu.approx()).isEqualTo(Approx.VAGUE);
    assertThat(beberapaRibu.low()).isEqualTo(2000.0);
    assertThat(beberapaRibu.high()).isEqualTo(9000.0);

    Quantity belasan = only("Belasan santri dievakuasi.", "Belasan");
    assertThat(belasan.low()).isEqualTo(11.0);
    assertThat(belasan.high()).isEqualTo(19.0);
    assertThat(belasan.category()).isEqualTo("evacuated");

    assertThat(run("Beberapa warga menolak pindah.")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Suhu berkisar antara 20 dan 30 derajat.|berkisar antara 20 dan 30|20|20|30|derajat",
        "Sekitar 20-30 warga berkumpul.|Sekitar 20-30|20|20|30|warga",
        "Pertumbuhan hanya 2-4 persen.|2-4 persen|2|2|4|",
        "Antrean mencapai 20 hingga 30 kendaraan.|20 hingga 30|20|20|30|kendaraan",
        "Kerugian ditaksir 1,5 hingga 2 juta dolar AS.|1,5 hingga 2 juta dolar AS"
            + "|1500000|1500000|2000000|USD",
        "Longsor menimbun 5 sampai 7 rumah.|5 sampai 7|5|5|7|rumah"
      })
  void ranges(String text, String span, double value, double low, double high, String object) {
    Quantity q = only(text, span);
    assertThat(q.approx()).isEqualTo(Approx.RANGE);
    assertThat(q.value()).isEqualTo(value);
    assertThat(q.low()).isEqualTo(low);
    assertThat(q.high()).isEqualTo(high);
    assertThat(q.object()).isEqualTo(object);
  }

  @Test
  void percentages() {
    Quantity persen = only("Tingkat kemiskinan turun menjadi 70 persen.", "70 persen");
    assertThat(persen.value()).isEqualTo(70);
    assertThat(persen.category()).isEqualTo("percent");
    assertThat(persen.object()).isNull();
    Quantity sign = only("Sebanyak 70% responden setuju.", "Sebanyak 70%");
    assertThat(sign.category()).isEqualTo("percent");
    Quantity hedged = only("Partisipasi pemilih kurang dari 10% di desa itu.", "kurang dari 10%");
    assertThat(hedged.approx()).isEqualTo(Approx.LESS_THAN);
    assertThat(hedged.high()).isEqualTo(10.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Pemerintah menyiapkan Rp 1,5 triliun untuk bantuan.|Rp 1,5 triliun|1500000000000|IDR",
        "Harga tiket naik menjadi Rp500 ribu.|Rp500 ribu|500000|IDR",
        "Investor menyuntikkan US$ 3 juta ke perusahaan itu.|US$ 3 juta|3000000|USD",
        "Denda maksimum ialah RM 500 bagi setiap kesalahan.|RM 500|500|MYR",
        "Ia membayar 500 dolar AS kepada calo.|500 dolar AS|500|USD",
        "Sumbangan sebesar Rp 2,5 miliar diserahkan kemarin.|sebesar Rp 2,5 miliar|2500000000|IDR"
      })
  void money(String text, String span, double value, String currency) {
    Quantity q = only(text, span);
    assertThat(q.value()).isEqualTo(value);
    assertThat(q.object()).isEqualTo(currency);
    assertThat(q.category()).isEqualTo("money");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sekitar 40 rumah rusak.|Sekitar 40|ABOUT|40||",
        "Kerumunan itu kurang lebih 200 orang.|kurang lebih 200|ABOUT|200||",
        "Perahu itu memuat kira-kira 30 penumpang.|kira-kira 30|ABOUT|30||",
        "Jumlahnya lebih kurang 500 orang.|lebih kurang 500|ABOUT|500||",
        "Setidaknya 12 orang tewas.|Setidaknya 12|AT_LEAST|12|12|",
        "Sedikitnya 7 warga hilang.|Sedikitnya 7|AT_LEAST|7|7|",
        "Bantuan minimal 100 paket tiap desa.|minimal 100|AT_LEAST|100|100|",
        "Paling sedikit 3 rumah hanyut.|Paling sedikit 3|AT_LEAST|3|3|",
        "Sekurang-kurangnya 8 orang cedera.|Sekurang-kurangnya 8|AT_LEAST|8|8|",
        "Lebih dari 50 orang ditangkap.|Lebih dari 50|MORE_THAN|50|50|",
        "Korban di atas 20 orang.|di atas 20|MORE_THAN|20|20|",
        "Tersisa kurang dari 10 unit mobil.|kurang dari 10|LESS_THAN|10||10",
        "Peserta di bawah 30 orang.|di bawah 30|LESS_THAN|30||30",
        "Kapasitas maksimal 40 penumpang.|maksimal 40|AT_MOST|40||40",
        "Setiap rumah paling banyak 5 orang.|paling banyak 5|AT_MOST|5||5",
        "Antrean mencapai hingga 300 kendaraan.|hingga 300|AT_MOST|300||300",
        "Hampir 600 orang tewas.|Hampir 600|CLOSE_TO|600||",
        "Jumlahnya mendekati 1.000 orang.|mendekati 1.000|CLOSE_TO|1000||",
        "Nyaris 90 rumah terbakar.|Nyaris 90|CLOSE_TO|90||",
        "Sebanyak 33 orang mengungsi.|Sebanyak 33|EXACT|33||",
        "Sejumlah 15 kapal bersandar.|Sejumlah 15|EXACT|15||",
        "Lebih 100 orang menghadiri majlis itu.|Lebih 100|MORE_THAN|100|100|"
      })
  void hedges(String text, String span, Approx approx, double value, Double low, Double high) {
    List<Quantity> qs = run(text);
    assertThat(qs).isNotEmpty();
    Quantity q = qs.get(0);
    assertThat(q.text()).isEqualTo(span);
    assertThat(q.approx()).isEqualTo(approx);
    assertThat(q.value()).isEqualTo(value);
    assertThat(q.low()).isEqualTo(low);
    assertThat(q.high()).isEqualTo(high);
  }

  @Test
  void hedgeAfterTheNumber() {
    Quantity q = only("Tim mengevakuasi 100 lebih warga.", "100 lebih");
    assertThat(q.approx()).isEqualTo(Approx.MORE_THAN);
    assertThat(q.low()).isEqualTo(100.0);
    assertThat(q.object()).isEqualTo("warga");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gempa terjadi pada 2019 di Lombok.",
        "Kebakaran terjadi Sabtu (3/8/2019) malam.",
        "Kapal berangkat pukul 09.15 WIB.",
        "Sirene berbunyi pukul 21.35.",
        "Rapat digelar Senin, 10 November 2018.",
        "Ia merupakan anak ketiga dari keluarga itu.",
        "Pencarian memasuki hari ke-13.",
        "Pencarian memasuki hari ke 13.",
        "Pesawat Lion Air JT610 jatuh di laut.",
        "Pesawat Lion Air JT 610 jatuh di laut.",
        "Pandemi COVID-19 melanda dunia.",
        "Hubungi posko di 0812-3456-7890 kapan saja.",
        "Ia ditahan selama tiga bulan.",
        "Pencarian dihentikan setelah tujuh hari.",
        "Petugas berjaga 24 jam.",
        "Kapal menuju Kepulauan Seribu pagi itu.",
        "Ia salah satu saksi kunci.",
        "Hal itu diatur dalam Pasal 28 undang-undang tersebut.",
        "Rumah itu berada di RT 03/09 desa tersebut.",
        "Episenter terletak pada 7,32 LS.",
        "Demonstran berkumpul di Lima, ibu kota Peru."
      })
  void notQuantities(String text) {
    assertThat(run(text)).as(text).isEmpty();
  }

  @Test
  void agesAreQuantitiesInYears() {
    String text =
        "Korban bernama Rasinah (48 tahun) dan Salam (95). Seorang warga berusia 32 tahun"
            + " juga terluka.";
    List<Quantity> qs = run(text);
    assertThat(qs).extracting(Quantity::text).containsExactly("48", "95", "32");
    assertThat(qs).extracting(Quantity::category).containsOnly("age");
    assertThat(qs).extracting(Quantity::object).containsExactly("tahun", null, "tahun");
    assertThat(qs).extracting(Quantity::value).containsExactly(48.0, 95.0, 32.0);
  }

  @Test
  void objectsSkipClassifiersAndFollowPartitives() {
    List<Quantity> qs =
        run(
            "Gempa merusak 223 unit rumah. Basarnas menurunkan 10 orang penyelam. Empat orang"
                + " itu selamat. Setidaknya 1.000 dari pasukan itu gugur. Sekitar 136 kepala"
                + " keluarga terdampak.");
    assertThat(qs)
        .extracting(Quantity::text)
        .containsExactly("223", "10", "Empat", "Setidaknya 1.000", "Sekitar 136");
    assertThat(qs)
        .extracting(Quantity::object)
        .containsExactly("rumah", "penyelam", "orang", "pasukan", "kepala keluarga");
    assertThat(qs)
        .extracting(Quantity::category)
        .containsExactly("damaged", "deployed", "survived", "killed", "affected");
  }

  @Test
  void lainnyaTakesTheObjectOfTheSentence() {
    List<Quantity> qs =
        run("Setidaknya 500 prajurit tewas, sementara beberapa ribu lainnya luka-luka.");
    assertThat(qs).extracting(Quantity::text).containsExactly("Setidaknya 500", "beberapa ribu");
    assertThat(qs.get(1).object()).isEqualTo("prajurit");
    assertThat(qs.get(1).category()).isEqualTo("injured");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Kecelakaan itu menewaskan 12 orang.|killed",
        "Sebanyak 5 warga meninggal dunia.|killed",
        "Ledakan menyebabkan 40 orang luka-luka.|injured",
        "Tiga nelayan dilaporkan hilang.|missing",
        "Ribuan warga mengungsi ke tempat aman.|displaced",
        "Petugas mengevakuasi 80 pasien.|evacuated",
        "Polisi menangkap 14 tersangka.|arrested",
        "Sebanyak 17 orang ditangkap polisi.|arrested",
        "Angin kencang membuat 30 rumah rusak.|damaged",
        "TNI mengerahkan 600 prajurit ke perbatasan.|deployed",
        "Sekitar 200 mahasiswa hadir dalam diskusi.|people",
        "Jembatan itu sepanjang 40 meter.|"
      })
  void categories(String text, String category) {
    List<Quantity> qs = run(text);
    assertThat(qs).as(text).hasSize(1);
    assertThat(qs.get(0).category()).isEqualTo(category);
  }

  @Test
  void cueOfAnotherClauseDoesNotLeak() {
    List<Quantity> qs = run("Sebanyak empat orang mengalami luka-luka dan 223 unit rumah rusak.");
    assertThat(qs).extracting(Quantity::category).containsExactly("injured", "damaged");
    List<Quantity> list =
        run("Empat fasilitas ibadah, satu unit kantor desa, dan tiga sekolah juga rusak.");
    assertThat(list).extracting(Quantity::category).containsOnly("damaged");
    assertThat(list).extracting(Quantity::object).containsExactly("fasilitas", "kantor", "sekolah");
  }

  @Test
  void measuresGetNoCategory() {
    List<Quantity> qs =
        run("Gempa bermagnitudo 5,8 yang menewaskan tujuh orang berpusat di kedalaman 10 km.");
    assertThat(qs).extracting(Quantity::text).containsExactly("5,8", "tujuh", "10");
    assertThat(qs).extracting(Quantity::object).containsExactly("magnitudo", "orang", "km");
    assertThat(qs).extracting(Quantity::category).containsExactly(null, "killed", null);
  }

  @Test
  void titlesInTitleCaseKeepTheirNumberWords() {
    List<Quantity> qs = run("BNPB: Empat Orang Meninggal Akibat Gempa\n\nIsi berita.");
    assertThat(qs).extracting(Quantity::text).containsExactly("Empat");
    assertThat(qs.get(0).category()).isEqualTo("killed");
  }

  @Test
  void neverThrowsAndSpansAreValidOnRandomText() {
    Random random = new Random(20250830);
    String alphabet =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-/()%$'\"\n\u00a0\u2013"
            + "\u201c\u201d\ud83d\ude00";
    String[] words = {
      "sekitar",
      "1.000",
      "juta",
      "dari",
      "orang",
      "tewas",
      "Rp",
      "US$",
      "persen",
      "antara",
      "dan",
      "hingga",
      "-",
      "ribuan",
      "beberapa",
      "ribu",
      "setengah",
      "dua",
      "puluh",
      "belas",
      "(",
      ")",
      "tahun",
      "berusia",
      "ke-",
      "13",
      "09.15",
      "3/8/2019",
      "lainnya",
      "unit",
      "lebih",
      "kurang",
      "\n\n",
      ",",
      "1,28",
      "%",
      "sebanyak",
      "seribu",
      "RM",
      "dolar",
      "AS"
    };
    for (int round = 0; round < 400; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(200);
      for (int k = 0; k < len; k++) {
        if (random.nextBoolean()) {
          b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        } else {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String text = b.toString();
      assertThatCode(
              () -> {
                List<Quantity> qs = run(text);
                for (Quantity q : qs) {
                  assertThat(q.start()).isBetween(0, text.length());
                  assertThat(q.end()).isBetween(q.start() + 1, text.length());
                  assertThat(Double.isFinite(q.value())).isTrue();
                }
              })
          .as("text: %s", text)
          .doesNotThrowAnyException();
    }
  }
}
