package org.warta.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.nlp.quote.TestArticles.article;
import static org.warta.nlp.quote.TestArticles.entity;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.lang.id.IndonesianReportingCues;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Quote;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

class QuoteStageTest {
  private static final QuoteStage STAGE = new QuoteStage(IndonesianReportingCues.load());

  private static List<Quote> quotes(String text, Entity... entities) {
    AnnotatedArticle a = article(text, List.of(entities), List.of());
    STAGE.process(a);
    List<Quote> qs = a.get(Layers.QUOTES);
    for (Quote q : qs) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return qs;
  }

  private static final String RINA_TEXT =
      "Jembatan Ambruk di Sleman\n\n"
          + "Bupati Sleman Rina Wulandari meninjau lokasi jembatan yang ambruk pada Senin pagi.\n\n"
          + "\"Jembatan itu ambruk pukul 03.00 dini hari,\" kata Bupati Sleman Rina Wulandari di"
          + " lokasi, Senin.\n\n"
          + "Warga setempat, Joko Susilo, sempat mendengar suara keras sebelum jembatan runtuh.\n\n"
          + "\"Kami sudah mengirim tim untuk memeriksa jembatan lain,\" ujarnya.";

  @Test
  void speakerAfterTheQuoteIsTheEntityNamedInThePhrase() {
    Entity rina = entity(RINA_TEXT, "e1", EntityType.PERSON, "Rina Wulandari", "Rina");
    Entity joko = entity(RINA_TEXT, "e2", EntityType.PERSON, "Joko Susilo");
    List<Quote> qs = quotes(RINA_TEXT, rina, joko);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).text()).isEqualTo("Jembatan itu ambruk pukul 03.00 dini hari");
    assertThat(qs.get(0).speaker()).isEqualTo("e1");
    assertThat(qs.get(0).speakerText()).isEqualTo("Rina Wulandari");
  }

  @Test
  void nyaPronounPrefersAPersonNamedInThePreviousSentence() {
    Entity rina = entity(RINA_TEXT, "e1", EntityType.PERSON, "Rina Wulandari", "Rina");
    Entity joko = entity(RINA_TEXT, "e2", EntityType.PERSON, "Joko Susilo");
    Quote q = quotes(RINA_TEXT, rina, joko).get(1);
    // Joko is named in the sentence right before "ujarnya": reporters write the pronoun there
    assertThat(q.speaker()).isEqualTo("e2");
    assertThat(q.speakerText()).isEqualTo("ujarnya");
  }

  @Test
  void pronounRefersToTheLastSpeakerAcrossNarrativeAboutOthers() {
    String text =
        "Banjir Bandang\n\n"
            + "\"Air naik sangat cepat,\" kata Kepala BPBD Agus Salim.\n\n"
            + "Korban atas nama Siti Aminah ditemukan di sungai.\n\n"
            + "Petugas masih menyisir lokasi hingga sore. Hujan belum berhenti.\n\n"
            + "\"Pencarian dilanjutkan besok pagi,\" kata dia lagi.";
    Entity agus = entity(text, "e1", EntityType.PERSON, "Agus Salim");
    Entity siti = entity(text, "e2", EntityType.PERSON, "Siti Aminah");
    Entity bpbd = entity(text, "e3", EntityType.ORGANIZATION, "BPBD");
    List<Quote> qs = quotes(text, agus, siti, bpbd);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).speaker()).isEqualTo("e1");
    assertThat(qs.get(1).speaker()).isEqualTo("e1");
    assertThat(qs.get(1).speakerText()).isEqualTo("dia");
  }

  @Test
  void speakerBeforeTheQuoteWithCommaOrColon() {
    String text =
        "Kasus Pencurian\n\n"
            + "Kepala Polres, Budi Santoso, mengatakan, \"Pelaku sudah kami tangkap.\"\n\n"
            + "Budi menyatakan: \u201CKami akan menyelidiki jaringan pelaku.\u201D";
    Entity budi = entity(text, "e1", EntityType.PERSON, "Budi Santoso", "Budi");
    List<Quote> qs = quotes(text, budi);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("Pelaku sudah kami tangkap.", "Kami akan menyelidiki jaringan pelaku.");
    assertThat(qs).extracting(Quote::speaker).containsExactly("e1", "e1");
  }

  @Test
  void menurutBeforeAndAfterTheQuote() {
    String text =
        "Harga Beras\n\n"
            + "Menurut Menteri Perdagangan Lestari Putri, \"Stok beras cukup sampai akhir tahun.\"\n\n"
            + "Pemerintah menyampaikan \u201Cprihatin yang mendalam,\u201D menurut media lokal.";
    Entity lestari = entity(text, "e1", EntityType.PERSON, "Lestari Putri");
    List<Quote> qs = quotes(text, lestari);
    assertThat(qs).hasSize(2);
    assertThat(qs.get(0).speaker()).isEqualTo("e1");
    assertThat(qs.get(1).text()).isEqualTo("prihatin yang mendalam");
    assertThat(qs.get(1).speaker()).isNull();
    assertThat(qs.get(1).speakerText()).isEqualTo("media lokal");
  }

  @Test
  void channelMengutipSpeakerGivesTheSpeaker() {
    String text =
        "Kunjungan Presiden\n\n"
            + "Presiden Hadi Prasetyo tiba di Dili pada Kamis.\n\n"
            + "\u201CKami datang sebagai sahabat,\u201D lapor kantor berita Antara mengutip perkataan"
            + " Hadi.";
    Entity hadi = entity(text, "e1", EntityType.PERSON, "Hadi Prasetyo", "Hadi");
    Entity antara = entity(text, "e2", EntityType.ORGANIZATION, "Antara");
    Quote q = quotes(text, hadi, antara).get(0);
    assertThat(q.speaker()).isEqualTo("e1");
    assertThat(q.speakerText()).isEqualTo("Hadi");
  }

  @Test
  void invertedSpeakerAfterQuote() {
    String text = "Judul\n\n\"Kami tidak akan mundur,\" Budi menambahkan.";
    Entity budi = entity(text, "e1", EntityType.PERSON, "Budi");
    assertThat(quotes(text, budi).get(0).speaker()).isEqualTo("e1");
  }

  @Test
  void quoteOpeningASentenceTakesTheSpeakerOfThePreviousSentence() {
    String text =
        "Hujan Deras\n\n"
            + "Rina mengatakan hujan turun sejak pagi. \"Air naik sangat cepat ke rumah warga.\"";
    Entity rina = entity(text, "e1", EntityType.PERSON, "Rina");
    Quote q = quotes(text, rina).get(0);
    assertThat(q.text()).isEqualTo("Air naik sangat cepat ke rumah warga.");
    assertThat(q.speaker()).isEqualTo("e1");
  }

  @Test
  void consecutiveQuotesShareTheSpeaker() {
    String text =
        "Judul\n\n"
            + "\"Tim tetap siaga,\" ujar Kepala Basarnas Dedi Kurnia. \"Mereka akan berpatroli.\"";
    Entity dedi = entity(text, "e1", EntityType.PERSON, "Dedi Kurnia");
    List<Quote> qs = quotes(text, dedi);
    assertThat(qs).extracting(Quote::speaker).containsExactly("e1", "e1");
  }

  @Test
  void quotationOverSeveralParagraphsIsOneSegmentPerParagraphWithOneSpeaker() {
    String text =
        "Judul\n\n"
            + "\u201CKami sudah bekerja sejak pagi. Semua warga sudah dievakuasi.\n\n"
            + "\u201CBesok kami lanjutkan pembersihan,\u201D kata Camat Wawan Hermawan.";
    Entity wawan = entity(text, "e1", EntityType.PERSON, "Wawan Hermawan");
    List<Quote> qs = quotes(text, wawan);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly(
            "Kami sudah bekerja sejak pagi. Semua warga sudah dievakuasi.",
            "Besok kami lanjutkan pembersihan");
    assertThat(qs).extracting(Quote::speaker).containsExactly("e1", "e1");
  }

  @Test
  void unbalancedAndStrayMarksNeverThrowAndUnclosedMidSentenceQuotesAreDropped() {
    String text =
        "Judul\n\n"
            + "Warga menyebut \"banjir itu datang tiba-tiba tanpa tanda.\n\n"
            + "Tinggi air 5\" lebih dari kemarin\u201D dan \u201D lagi.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void unclosedQuoteAtParagraphStartRunsToParagraphEnd() {
    String text = "Judul\n\n\"Kami berharap semua korban teridentifikasi.\n\nWarga menunggu.";
    List<Quote> qs = quotes(text);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("Kami berharap semua korban teridentifikasi.");
  }

  @Test
  void singleQuotesAreScareQuotesNotSpeech() {
    String text = "Judul\n\nPolisi menyebut aksi itu 'unjuk rasa damai' yang disusupi.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void scareQuoteInsideReportedSpeechBelongsToTheSubjectOfTheSpeechVerb() {
    String text =
        "Judul\n\nSelama acara, Hadi mengatakan ia dipenuhi \u201Ckesedihan\u201D karena itu.";
    Entity hadi = entity(text, "e1", EntityType.PERSON, "Hadi");
    Quote q = quotes(text, hadi).get(0);
    assertThat(q.text()).isEqualTo("kesedihan");
    assertThat(q.speaker()).isEqualTo("e1");
  }

  @Test
  void scareQuoteWithoutReportingPatternHasNoSpeaker() {
    String text = "Judul\n\nKedua negara akan saling membantu jika mengalami \u201Cagresi\u201D.";
    Quote q = quotes(text).get(0);
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerText()).isNull();
  }

  @Test
  void speakerWithoutEntityIsThePhraseAsWritten() {
    String text = "Judul\n\n\"Situasi sudah aman,\" kata seorang pejabat setempat kepada wartawan.";
    Quote q = quotes(text).get(0);
    assertThat(q.speaker()).isNull();
    assertThat(q.speakerText()).isEqualTo("seorang pejabat setempat");
  }

  @Test
  void randomTextNeverThrowsAndSpansAreValid() {
    Random rnd = new Random(42);
    String alphabet = "ab \"\u201C\u201D',.:;\n\nKkata ujarnya menurut Dia (x) 12.000";
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      int len = rnd.nextInt(200);
      for (int i = 0; i < len; i++) {
        if (rnd.nextInt(5) == 0) {
          b.append(
              List.of(" kata ", " ujarnya ", " mengatakan ", "\"", "\u201D", "\n\n", " menurut ")
                  .get(rnd.nextInt(7)));
        } else {
          b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      String text = b.toString();
      Entity e = entity(text, "e1", EntityType.PERSON, "Kkata");
      quotes(text, e);
    }
  }

  @Test
  void markAfterCommaAndSpaceClosesAnOpenQuote() {
    String text =
        "Judul\n\n\"Orang itu tidak bermoral, \"katanya di Kupang.\n\n"
            + "\"Hormati orang tua, \"demikian Megawati.";
    Entity mega = entity(text, "e1", EntityType.PERSON, "Megawati");
    List<Quote> qs = quotes(text, mega);
    assertThat(qs)
        .extracting(Quote::text)
        .containsExactly("Orang itu tidak bermoral", "Hormati orang tua");
    assertThat(qs.get(1).speaker()).isEqualTo("e1");
  }

  @Test
  void pronounWithPunCliticIsResolved() {
    String text =
        "Judul\n\nKetua partai Megawati datang ke Kupang.\n\n"
            + "Iapun mengatakan, \"Berita bohong harus dilawan.\"";
    Entity mega = entity(text, "e1", EntityType.PERSON, "Megawati");
    Quote q = quotes(text, mega).get(0);
    assertThat(q.speaker()).isEqualTo("e1");
    assertThat(q.speakerText()).isEqualTo("Iapun");
  }
}
