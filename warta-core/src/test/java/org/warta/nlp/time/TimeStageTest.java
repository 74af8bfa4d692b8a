package org.warta.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.warta.lang.id.IndonesianTime;
import org.warta.model.TimeExpression;
import org.warta.model.TimeType;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

/**
 * One nested class per family of time expressions, each with explicit publication dates. The
 * example sentences are ours, written in the style of Indonesian news.
 */
class TimeStageTest {
  private static TimeStage stage;

  @BeforeAll
  static void load() {
    stage = new TimeStage(IndonesianTime.grammar());
  }

  /** The time expressions of {@code text} published on {@code published} (null: unknown). */
  static List<TimeExpression> times(String text, String published) {
    AnnotatedArticle a =
        AnnotatedArticle.of(text, published == null ? null : LocalDate.parse(published));
    stage.process(a);
    List<TimeExpression> out = a.get(Layers.TIMES);
    for (TimeExpression t : out) {
      assertThat(text.substring(t.start(), t.end())).as("span of %s", t).isEqualTo(t.text());
    }
    return out;
  }

  /** "text=TYPE:value" for each expression, in text order. */
  static List<String> summary(String text, String published) {
    return times(text, published).stream()
        .map(t -> t.text() + "=" + t.type() + ":" + t.value())
        .collect(Collectors.toList());
  }

  /** The only expression whose text is {@code phrase}. */
  static TimeExpression only(String text, String published, String phrase) {
    List<TimeExpression> found =
        times(text, published).stream().filter(t -> t.text().equals(phrase)).toList();
    assertThat(found).as("expressions '%s' in: %s", phrase, summary(text, published)).hasSize(1);
    return found.get(0);
  }

  static String value(String text, String published, String phrase) {
    return only(text, published, phrase).value();
  }

  @Nested
  class NumericDates {
    @Test
    void slashDashAndIsoDates() {
      assertThat(summary("Sidang digelar 29/12/2014 dan ditunda ke 5-1-2015.", "2014-12-30"))
          .containsExactly("29/12/2014=DATE:2014-12-29", "5-1-2015=DATE:2015-01-05");
      assertThat(summary("Data per 2019-08-03 menunjukkan kenaikan.", "2019-08-05"))
          .containsExactly("2019-08-03=DATE:2019-08-03");
    }

    @Test
    void bracketedDayMonthTakesTheYearNearestThePublicationDate() {
      assertThat(summary("Gempa terjadi (3/8) malam di selatan Banten.", "2019-08-05"))
          .containsExactly("3/8=DATE:2019-08-03");
      // late December in an early-January article: the year before
      assertThat(
              value(
                  "Kapal terbakar pada Minggu (29/12) pagi.", "2020-01-02", "Minggu (29/12) pagi"))
          .isEqualTo("2019-12-29TMO");
    }

    @Test
    void impossibleDatesAreNotTagged() {
      assertThat(times("Nomor register 31/02/2014 tercatat di sistem.", "2014-03-01")).isEmpty();
    }

    @Test
    void regulationNumbersMoneyAndAddressesAreNotDates() {
      assertThat(
              times(
                  "Aturan itu tertuang dalam Permen ESDM No 1/2013 dan UU Nomor 30 Tahun 2007."
                      + " Harganya Rp 2014 per unit. Rumahnya di RT 03/02 RW 01.",
                  "2014-12-03"))
          .isEmpty();
    }
  }

  @Nested
  class WrittenDates {
    @Test
    void fullDateWithWeekday() {
      assertThat(summary("Pada Senin, 29 Desember 2014, harga minyak turun.", "2014-12-30"))
          .containsExactly("Senin, 29 Desember 2014=DATE:2014-12-29");
    }

    @Test
    void dayMonthWithoutYear() {
      assertThat(value("Rapat dijadwalkan 29 Desember.", "2014-12-20", "29 Desember"))
          .isEqualTo("2014-12-29");
      assertThat(value("Banjir surut pada 29 Desember.", "2015-01-03", "29 Desember"))
          .isEqualTo("2014-12-29");
      assertThat(
              value(
                  "Tenggat berakhir 27 November mendatang.", "2014-11-19", "27 November mendatang"))
          .isEqualTo("2014-11-27");
    }

    @Test
    void monthYearAndAbbreviations() {
      assertThat(summary("Proyek dimulai Desember 2014 dan rampung 3 Agt 2015.", "2014-12-01"))
          .containsExactly("Desember 2014=DATE:2014-12", "3 Agt 2015=DATE:2015-08-03");
      assertThat(value("Dirilis 10 Jan 2019.", "2019-01-11", "10 Jan 2019"))
          .isEqualTo("2019-01-10");
      assertThat(value("Diperbarui 5 Des 2019.", "2019-12-06", "5 Des 2019"))
          .isEqualTo("2019-12-05");
      assertThat(value("Terbit 17 Agu 2020.", "2020-08-18", "17 Agu 2020")).isEqualTo("2020-08-17");
      assertThat(value("Diperbarui Sabtu 03 Aug 2019.", "2019-08-03", "Sabtu 03 Aug 2019"))
          .isEqualTo("2019-08-03");
    }

    @Test
    void abbreviationsAloneAreNotMonths() {
      assertThat(times("Tim Des dan Jan bertemu di Mar Vista.", "2019-08-03")).isEmpty();
    }

    @Test
    void positionModifiersKeepTheUnitValue() {
      assertThat(summary("Hujan turun hingga akhir Desember.", "2014-12-03"))
          .containsExactly("akhir Desember=DATE:2014-12");
      assertThat(summary("Tarif baru berlaku awal 2015.", "2014-11-20"))
          .containsExactly("awal 2015=DATE:2015");
      assertThat(summary("Target itu dicapai pertengahan tahun.", "2014-03-01"))
          .containsExactly("pertengahan tahun=DATE:2014");
      assertThat(summary("Stok menipis menjelang akhir tahun ini.", "2014-03-01"))
          .containsExactly("akhir tahun ini=DATE:2014");
    }

    @Test
    void weekendIsAnIsoWeekendValue() {
      assertThat(value("Ribuan warga berlibur akhir pekan ini.", "2025-08-30", "akhir pekan ini"))
          .isEqualTo("2025-W35-WE");
      assertThat(value("Jalan ditutup pada akhir pekan lalu.", "2025-08-30", "akhir pekan lalu"))
          .isEqualTo("2025-W34-WE");
    }

    @Test
    void headNounsAndDecades() {
      assertThat(
              summary(
                  "Harga mencapai puncak pada tahun 2008 dan sejak tahun 1970-an.", "2014-12-03"))
          .containsExactly("tahun 2008=DATE:2008", "tahun 1970-an=DATE:197");
      assertThat(value("Ekspor naik pada bulan November.", "2014-12-16", "bulan November"))
          .isEqualTo("2014-11");
    }

    @Test
    void leapDay() {
      assertThat(value("Pemilu digelar 29 Februari 2024.", "2024-01-10", "29 Februari 2024"))
          .isEqualTo("2024-02-29");
      assertThat(times("Kode 29/02/2023 tidak sah.", "2023-03-01")).isEmpty();
    }
  }

  @Nested
  class Weekdays {
    // 2025-08-30 is a Saturday
    @Test
    void bareWeekdayIsTheLatestOneUpToThePublicationDate() {
      assertThat(value("Presiden tiba di Bali, Jumat.", "2025-08-30", "Jumat"))
          .isEqualTo("2025-08-29");
      assertThat(value("Tim SAR kembali menyisir, Sabtu.", "2025-08-30", "Sabtu"))
          .isEqualTo("2025-08-30");
      assertThat(value("Rapat digelar Senin.", "2025-08-30", "Senin")).isEqualTo("2025-08-25");
    }

    @Test
    void deicticWeekdays() {
      assertThat(value("Upacara digelar Jumat lalu.", "2025-08-30", "Jumat lalu"))
          .isEqualTo("2025-08-29");
      assertThat(value("Sidang dilanjutkan Senin depan.", "2025-08-30", "Senin depan"))
          .isEqualTo("2025-09-01");
      assertThat(value("Hasilnya diumumkan Rabu ini.", "2025-08-30", "Rabu ini"))
          .isEqualTo("2025-08-27");
      assertThat(value("Ia ditangkap Kamis kemarin.", "2025-08-30", "Kamis kemarin"))
          .isEqualTo("2025-08-28");
    }

    @Test
    void futureCueAsksForTheNextOne() {
      assertThat(value("Pertemuan itu dijadwalkan pada Selasa.", "2025-08-30", "Selasa"))
          .isEqualTo("2025-09-02");
    }

    @Test
    void weekdayWithBracketedDateIsOneExpressionAndTheDateWins() {
      assertThat(
              summary("Gempa mengguncang Banten, Sabtu (3/8/2019), pukul 19.03 WIB.", "2019-08-04"))
          .containsExactly(
              "Sabtu (3/8/2019)=DATE:2019-08-03", "pukul 19.03 WIB=TIME:2019-08-03T19:03");
      assertThat(summary("Korban ditemukan Jumat (2/8) malam.", "2019-08-03"))
          .containsExactly("Jumat (2/8) malam=TIME:2019-08-02TNI");
      assertThat(summary("Ia hadir pada hari Kamis (27/11/2014).", "2014-11-28"))
          .containsExactly("hari Kamis (27/11/2014)=DATE:2014-11-27");
      assertThat(summary("Banjir melanda, Selasa malam (7/11).", "2017-11-09"))
          .containsExactly("Selasa malam (7/11)=TIME:2017-11-07TNI");
    }

    @Test
    void typosInExplicitDatesAreKeptLiterally() {
      assertThat(value("Harga turun pada Kamis (11/12/2013).", "2014-12-11", "Kamis (11/12/2013)"))
          .isEqualTo("2013-12-11");
    }

    @Test
    void weekdaySpellingsAndPartsOfDay() {
      assertThat(value("Salat digelar Jum'at pagi.", "2025-08-30", "Jum'at pagi"))
          .isEqualTo("2025-08-29TMO");
      assertThat(value("Warga berkumpul Ahad (4/8).", "2019-08-05", "Ahad (4/8)"))
          .isEqualTo("2019-08-04");
      assertThat(value("Harga naik pada Selasa (Rabu pagi WIB).", "2014-12-17", "Rabu pagi WIB"))
          .isEqualTo("2014-12-17TMO");
    }

    @Test
    void streetNamesAreNotWeekdays() {
      assertThat(times("Macet panjang terjadi di Pasar Minggu dan Jalan Sabtu.", "2025-08-30"))
          .isEmpty();
    }
  }

  @Nested
  class Deictic {
    @Test
    void dayWords() {
      assertThat(
              summary("Kemarin hujan, hari ini cerah, besok mendung dan lusa badai.", "2024-03-01"))
          .containsExactly(
              "Kemarin=DATE:2024-02-29",
              "hari ini=DATE:2024-03-01",
              "besok=DATE:2024-03-02",
              "lusa=DATE:2024-03-03");
    }

    @Test
    void presentPastAndFutureReferences() {
      assertThat(
              summary(
                  "Saat ini harga stabil. Sekarang warga lega. Baru-baru ini pasokan naik,"
                      + " dan ke depan harga diperkirakan turun.",
                  "2014-12-15"))
          .containsExactly(
              "Saat ini=DATE:PRESENT_REF",
              "Sekarang=DATE:PRESENT_REF",
              "Baru-baru ini=DATE:PAST_REF",
              "ke depan=DATE:FUTURE_REF");
    }

    @Test
    void unitsWithLaluDepanIni() {
      assertThat(
              summary(
                  "Pekan lalu harga naik, bulan ini turun, tahun depan stabil, minggu ini"
                      + " ramai, tahun lalu sepi.",
                  "2025-08-30"))
          .containsExactly(
              "Pekan lalu=DATE:2025-W34",
              "bulan ini=DATE:2025-08",
              "tahun depan=DATE:2026",
              "minggu ini=DATE:2025-W35",
              "tahun lalu=DATE:2024");
    }

    @Test
    void nextWeekIsAnIsoWeekAcrossTheYearEnd() {
      assertThat(value("Kim dijadwalkan ke China pekan depan.", "2025-08-30", "pekan depan"))
          .isEqualTo("2025-W36");
      assertThat(value("Rapat digelar pekan depan.", "2024-12-28", "pekan depan"))
          .isEqualTo("2025-W01");
      assertThat(value("Pameran dibuka pekan ini.", "2027-01-02", "pekan ini"))
          .isEqualTo("2026-W53");
    }

    @Test
    void countedOffsets() {
      assertThat(value("Harga dipastikan naik dua bulan lagi.", "2014-12-03", "dua bulan lagi"))
          .isEqualTo("2015-02");
      assertThat(value("Jembatan itu runtuh tiga tahun lalu.", "2014-12-03", "tiga tahun lalu"))
          .isEqualTo("2011");
      assertThat(value("Ia pindah sebulan lalu.", "2025-03-10", "sebulan lalu"))
          .isEqualTo("2025-02");
    }

    @Test
    void partsOfTheDay() {
      assertThat(summary("Rupiah melemah sore hari ini dan menguat pagi ini.", "2014-12-11"))
          .containsExactly("sore hari ini=TIME:2014-12-11TAF", "pagi ini=TIME:2014-12-11TMO");
      assertThat(
              value("Wall Street ditutup melemah dini hari tadi.", "2014-12-11", "dini hari tadi"))
          .isEqualTo("2014-12-11TMO");
      assertThat(value("Hujan deras turun tadi malam.", "2025-01-10", "tadi malam"))
          .isEqualTo("2025-01-09TNI");
    }
  }

  @Nested
  class BareMonths {
    @Test
    void sameYearByDefault() {
      assertThat(value("Pada Januari, pejabat itu mengundurkan diri.", "2025-08-30", "Januari"))
          .isEqualTo("2025-01");
      assertThat(value("Korban bertambah pada bulan April lalu.", "2025-08-30", "bulan April lalu"))
          .isEqualTo("2025-04");
    }

    @Test
    void laluIsThePreviousOneBeforeThePublicationMonth() {
      assertThat(value("Pada Oktober lalu, ia mengirim pesan.", "2025-08-30", "Oktober lalu"))
          .isEqualTo("2024-10");
      assertThat(value("Banjir melanda pada Desember lalu.", "2025-01-08", "Desember lalu"))
          .isEqualTo("2024-12");
      assertThat(value("Hasil panen Oktober ini melimpah.", "2013-10-18", "Oktober ini"))
          .isEqualTo("2013-10");
    }

    @Test
    void yearBoundaryTakesTheNearestWithinTwoMonths() {
      // a December article: January is the coming one, October the one just past
      assertThat(value("Tarif tol naik pada Januari.", "2014-12-20", "Januari"))
          .isEqualTo("2015-01");
      assertThat(value("Ekspor turun pada Oktober.", "2014-12-20", "Oktober")).isEqualTo("2014-10");
      // a January article: December is the one just past
      assertThat(value("Irak mengekspor 2,9 juta barel pada Desember.", "2015-01-07", "Desember"))
          .isEqualTo("2014-12");
      // a May article: December is this year's
      assertThat(value("Pemilu digelar pada Desember.", "2025-05-07", "Desember"))
          .isEqualTo("2025-12");
    }

    @Test
    void tenseCuesChooseTheDirection() {
      assertThat(value("Harga turun 30 persen sejak Juni.", "2014-11-27", "Juni"))
          .isEqualTo("2014-06");
      assertThat(value("Minyak untuk pengiriman Januari melemah.", "2014-11-19", "Januari"))
          .isEqualTo("2015-01");
      assertThat(value("Pertemuan berikutnya dijadwalkan pada Juni.", "2014-11-28", "Juni"))
          .isEqualTo("2015-06");
      // a past cue keeps January in the same year even in December
      assertThat(value("Harga naik sejak Januari.", "2014-12-20", "Januari")).isEqualTo("2014-01");
    }

    @Test
    void monthWithRelativeYear() {
      assertThat(value("Pemilu digelar pada April tahun depan.", "2025-10-17", "April tahun depan"))
          .isEqualTo("2026-04");
    }

    @Test
    void rangeLeftEndTakesTheYearOnTheRight() {
      assertThat(summary("Harga rata-rata pada Juni-Juli 2014 tinggi.", "2015-03-03"))
          .containsExactly("Juni=DATE:2014-06", "Juli 2014=DATE:2014-07");
    }

    @Test
    void dayRangeIsOneExpressionValuedAtItsStart() {
      assertThat(summary("Festival berlangsung 1-3 Januari 2015.", "2014-12-20"))
          .containsExactly("1-3 Januari 2015=DATE:2015-01-01");
    }
  }

  @Nested
  class MoreClockAndNames {
    @Test
    void clockTimesInWordsAndFourDigits() {
      assertThat(
              summary("Pasar buka pukul lima pagi dan massa bubar pukul 1800 WIB.", "2017-01-02"))
          .containsExactly(
              "pukul lima pagi=TIME:2017-01-02T05:00", "pukul 1800 WIB=TIME:2017-01-02T18:00");
      assertThat(summary("Jalan ditutup pukul 10.00-12.00 WIB.", "2017-01-02"))
          .containsExactly("pukul 10.00=TIME:2017-01-02T10:00", "12.00 WIB=TIME:2017-01-02T12:00");
    }

    @Test
    void monthsInsideNamesAreNotDates() {
      assertThat(
              times(
                  "Ia kuliah di Institut Teknologi Sepuluh November dan Universitas Sebelas Maret.",
                  "2017-01-02"))
          .isEmpty();
      // a deictic modifier or a range makes it a date even after a capitalised word
      assertThat(
              summary(
                  "Ia menjabat Sekjen PBB Desember lalu. Ekspor Indonesia Januari-Februari 2017 naik.",
                  "2017-03-02"))
          .containsExactly(
              "Desember lalu=DATE:2016-12", "Januari=DATE:2017-01", "Februari 2017=DATE:2017-02");
    }

    @Test
    void weekdayPicksTheYearOfABracketedDayMonth() {
      // 24 January was a Wednesday in 2018, not in 2017
      assertThat(value("Rapat digelar Rabu (24/1).", "2017-07-20", "Rabu (24/1)"))
          .isEqualTo("2018-01-24");
    }

    @Test
    void centuriesAndDecades() {
      assertThat(summary("Tantangan abad ke-21 berbeda dari era 1990-an.", "2017-01-02"))
          .containsExactly("abad ke-21=DATE:20", "era 1990-an=DATE:199");
    }
  }

  @Nested
  class QuartersHalvesAndHolidays {
    @Test
    void quarters() {
      assertThat(
              summary(
                  "Laba naik pada kuartal ketiga, turun pada kuartal pertama 2015 dan"
                      + " triwulan I-2016.",
                  "2014-12-09"))
          .containsExactly(
              "kuartal ketiga=DATE:2014-Q3",
              "kuartal pertama 2015=DATE:2015-Q1",
              "triwulan I-2016=DATE:2016-Q1");
    }

    @Test
    void halves() {
      assertThat(
              value(
                  "Proyek rampung paruh pertama tahun depan.",
                  "2014-12-09",
                  "paruh pertama tahun depan"))
          .isEqualTo("2015-H1");
      assertThat(
              value(
                  "Ekspansi pada kuartal pertama dan kedua tahun depan.",
                  "2014-12-09",
                  "kuartal pertama dan kedua tahun depan"))
          .isEqualTo("2015-H1");
      assertThat(value("Target semester II 2019 tercapai.", "2019-03-01", "semester II 2019"))
          .isEqualTo("2019-H2");
    }

    @Test
    void genericHolidaysAndSeasons() {
      assertThat(summary("Menjelang Natal dan Tahun Baru, saat musim dingin tiba.", "2014-12-29"))
          .containsExactly(
              "Natal=DATE:XXXX-12-25", "Tahun Baru=DATE:XXXX-01-01", "musim dingin=DATE:XXXX-WI");
    }
  }

  @Nested
  class ClockTimes {
    @Test
    void clockTimeTakesTheDayOfItsSentence() {
      assertThat(
              summary(
                  "Kebijakan diumumkan Rabu (31/12/2014) sekitar pukul 09.00 WIB.", "2014-12-30"))
          .containsExactly(
              "Rabu (31/12/2014)=DATE:2014-12-31", "sekitar pukul 09.00 WIB=TIME:2014-12-31T09:00");
      assertThat(summary("Harga tercatat pada pukul 7:55 WIB, Jumat (5/12/2014).", "2014-12-05"))
          .containsExactly(
              "pukul 7:55 WIB=TIME:2014-12-05T07:55", "Jumat (5/12/2014)=DATE:2014-12-05");
    }

    @Test
    void clockTimeAloneIsOnThePublicationDate() {
      assertThat(summary("Peringatan dicabut pukul 21.35 WIB.", "2019-08-03"))
          .containsExactly("pukul 21.35 WIB=TIME:2019-08-03T21:35");
      assertThat(
              value(
                  "Data tercatat pukul 13.57 waktu Singapura.",
                  "2014-11-20",
                  "pukul 13.57 waktu Singapura"))
          .isEqualTo("2014-11-20T13:57");
    }

    @Test
    void partOfDayShiftsTheHour() {
      assertThat(value("Pencarian dimulai pukul 7 malam.", "2017-01-02", "pukul 7 malam"))
          .isEqualTo("2017-01-02T19:00");
      assertThat(value("Tim berangkat 09.15 pagi.", "2017-01-02", "09.15 pagi"))
          .isEqualTo("2017-01-02T09:15");
    }

    @Test
    void malayAsOfThisMorning() {
      assertThat(summary("Seramai 201 mangsa dipindahkan setakat 9.15 pagi ini.", "2026-01-06"))
          .containsExactly("9.15 pagi ini=TIME:2026-01-06T09:15");
    }

    @Test
    void badClockTimesAreNotTagged() {
      assertThat(times("Skor akhir pukul 99.99 di papan.", "2026-01-06")).isEmpty();
    }
  }

  @Nested
  class Durations {
    @Test
    void numberWordsAndDigits() {
      assertThat(
              summary(
                  "Sosialisasi berlangsung tiga bulan, kontraknya dua tahun, tim siaga 24 jam"
                      + " selama 10 menit dan dua puluh lima hari.",
                  "2014-12-03"))
          .containsExactly(
              "tiga bulan=DURATION:P3M",
              "dua tahun=DURATION:P2Y",
              "24 jam=DURATION:PT24H",
              "10 menit=DURATION:PT10M",
              "dua puluh lima hari=DURATION:P25D");
    }

    @Test
    void vagueCountsModifiersAndDecimals() {
      assertThat(
              summary(
                  "Harga terendah dalam beberapa tahun terakhir, naik selama dua tahun terakhir,"
                      + " hampir dua minggu, lebih dari 5,5 tahun dan sepekan.",
                  "2014-12-15"))
          .containsExactly(
              "beberapa tahun terakhir=DURATION:PXY",
              "dua tahun terakhir=DURATION:P2Y",
              "hampir dua minggu=DURATION:P2W",
              "lebih dari 5,5 tahun=DURATION:P5.5Y",
              "sepekan=DURATION:P1W");
      assertThat(value("Warga mengungsi beberapa hari.", "2014-12-15", "beberapa hari"))
          .isEqualTo("PXD");
      assertThat(value("Ia bekerja satu dekade terakhir.", "2014-12-15", "satu dekade terakhir"))
          .isEqualTo("P1DE");
    }

    @Test
    void rangeOfCountsTakesTheUpperBound() {
      assertThat(
              value(
                  "Pemulihan butuh satu hingga dua tahun ke depan.",
                  "2014-12-30",
                  "satu hingga dua tahun ke depan"))
          .isEqualTo("P2Y");
    }

    @Test
    void agesAreNotDurations() {
      assertThat(
              times(
                  "Korban, Ahmad, 48 tahun, tewas. Pria berusia 32 tahun itu bekerja. Saat usianya"
                      + " sudah menginjak 35 tahun, pebalap 21 tahun itu pensiun. Perempuan berumur"
                      + " 63 tahun ditahan.",
                  "2025-08-30"))
          .isEmpty();
    }

    @Test
    void ratesAreNotDurations() {
      assertThat(times("Produksi 30 juta barel per hari dan 2 persen per tahun.", "2014-12-03"))
          .isEmpty();
    }
  }

  @Nested
  class Sets {
    @Test
    void sets() {
      assertThat(
              summary(
                  "Pasar buka setiap hari, festival digelar tiap tahun, pengajian setiap Senin"
                      + " dan data diperbarui setiap 5 menit.",
                  "2025-08-30"))
          .containsExactly(
              "setiap hari=SET:P1D",
              "tiap tahun=SET:P1Y",
              "setiap Senin=SET:XXXX-WXX-1",
              "setiap 5 menit=SET:PT5M");
    }
  }

  @Nested
  class Anaphora {
    @Test
    void sameDayMonthAndOffsets() {
      assertThat(
              summary(
                  "Ledakan terjadi Rabu (10/12/2014). Pada hari yang sama, polisi menutup jalan."
                      + " Keesokan harinya jalan dibuka, dan dua hari kemudian pelaku ditangkap.",
                  "2014-12-15"))
          .containsExactly(
              "Rabu (10/12/2014)=DATE:2014-12-10",
              "hari yang sama=DATE:2014-12-10",
              "Keesokan harinya=DATE:2014-12-11",
              "dua hari kemudian=DATE:2014-12-13");
    }

    @Test
    void antecedentIsAtLeastAsFineAsTheUnit() {
      assertThat(
              summary(
                  "Rapat digelar Rabu. Target 2015 dibahas. Pada hari itu juga harga turun.",
                  "2014-12-12"))
          .containsExactly(
              "Rabu=DATE:2014-12-10", "2015=DATE:2015", "hari itu juga=DATE:2014-12-10");
    }

    @Test
    void yearAndMonthAnaphora() {
      assertThat(
              summary(
                  "Pada 2012 konsumsi naik 9,7 persen dibanding setahun sebelumnya. Pada Oktober"
                      + " lalu ia berkunjung. Pada bulan yang sama, pakta diteken.",
                  "2025-08-30"))
          .containsExactly(
              "2012=DATE:2012",
              "setahun sebelumnya=DATE:2011",
              "Oktober lalu=DATE:2024-10",
              "bulan yang sama=DATE:2024-10");
      assertThat(
              value(
                  "Banjir datang 2 Mei. Sehari sebelumnya hujan turun.",
                  "2025-05-05",
                  "Sehari sebelumnya"))
          .isEqualTo("2025-05-01");
    }

    @Test
    void durationBeforeSebelumnyaStaysADuration() {
      assertThat(
              summary(
                  "Harga turun setelah kenaikan yang berlangsung tiga hari sebelumnya.",
                  "2014-12-05"))
          .containsExactly("tiga hari=DURATION:P3D");
    }
  }

  @Nested
  class WithoutPublicationDate {
    @Test
    void absoluteDatesResolveRelativeOnesAreNull() {
      List<TimeExpression> t =
          times(
              "Gempa terjadi Sabtu (3/8/2019). Kemarin warga mengungsi dan pekan depan"
                  + " sekolah dibuka. Januari lalu gempa serupa terjadi selama tiga hari."
                  + " Keesokan harinya bantuan datang.",
              null);
      assertThat(t)
          .extracting(x -> x.text() + "=" + x.value())
          .containsExactly(
              "Sabtu (3/8/2019)=2019-08-03",
              "Kemarin=null",
              "pekan depan=null",
              "Januari lalu=null",
              "tiga hari=P3D",
              "Keesokan harinya=2019-08-04");
    }
  }

  @Test
  void idsAreSequentialAndTypesSet() {
    List<TimeExpression> t = times("Senin lalu dan selama dua hari.", "2025-08-30");
    assertThat(t).extracting(TimeExpression::id).containsExactly("t1", "t2");
    assertThat(t)
        .extracting(TimeExpression::type)
        .containsExactly(TimeType.DATE, TimeType.DURATION);
  }

  @Test
  void noLeadingPrepositions() {
    assertThat(
            summary("Harga naik sejak Juni dan selama tiga bulan, per 26 Desember.", "2014-12-30"))
        .containsExactly(
            "Juni=DATE:2014-06", "tiga bulan=DURATION:P3M", "26 Desember=DATE:2014-12-26");
  }
}
