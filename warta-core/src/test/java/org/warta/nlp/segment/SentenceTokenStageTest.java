package org.warta.nlp.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Sentence;
import org.warta.model.Token;
import org.warta.model.Token.Kind;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

class SentenceTokenStageTest {
  private static final SentenceTokenStage STAGE = new SentenceTokenStage();

  private static AnnotatedArticle run(String text) {
    AnnotatedArticle article = AnnotatedArticle.of(text, null);
    STAGE.process(article);
    return article;
  }

  /** Sentences of a body paragraph (the text is preceded by a title paragraph). */
  private static List<String> sentences(String body) {
    String text = "Judul\n\n" + body;
    AnnotatedArticle a = run(text);
    List<Sentence> ss = a.get(Layers.SENTENCES);
    assertThat(ss.get(0).start()).isZero();
    return ss.subList(1, ss.size()).stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static List<String> tokens(String text) {
    List<Token> ts = new Tokenizer(Abbreviations.indonesian()).tokenize(text);
    for (Token t : ts) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    return ts.stream().map(Token::text).toList();
  }

  private static Kind kindOf(String text, String token) {
    return new Tokenizer(Abbreviations.indonesian())
        .tokenize(text).stream()
            .filter(t -> t.text().equals(token))
            .findFirst()
            .orElseThrow()
            .kind();
  }

  @Test
  void titleIsItsOwnSentenceAndSentencesStayInParagraphs() {
    String text =
        "Gempa Guncang Banten. Empat Tewas\n\nGempa terjadi pada malam hari\n\nWarga panik.";
    AnnotatedArticle a = run(text);
    List<String> got =
        a.get(Layers.SENTENCES).stream().map(s -> text.substring(s.start(), s.end())).toList();
    assertThat(got)
        .containsExactly(
            "Gempa Guncang Banten. Empat Tewas", "Gempa terjadi pada malam hari", "Warga panik.");
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertThat(
            sentences(
                "Dr. Budi dan dr. Siti tinggal di Jl. Merdeka No. 5, Jakarta. Prof. Hj. Aminah,"
                    + " S.H., M.Si. hadir bersama Kol. Inf. Joko dan Brigjen. Pol. Rudi. Kompol."
                    + " Andi dan AKBP Yusuf mewakili PT Astra Tbk. di acara itu."))
        .containsExactly(
            "Dr. Budi dan dr. Siti tinggal di Jl. Merdeka No. 5, Jakarta.",
            "Prof. Hj. Aminah, S.H., M.Si. hadir bersama Kol. Inf. Joko dan Brigjen. Pol. Rudi.",
            "Kompol. Andi dan AKBP Yusuf mewakili PT Astra Tbk. di acara itu.");
  }

  @Test
  void finalAbbreviationEndsSentenceBeforeCapital() {
    assertThat(
            sentences(
                "Bantuan berupa beras, minyak, dll. Semua dibagikan kepada Sari dkk. kemarin."))
        .containsExactly(
            "Bantuan berupa beras, minyak, dll.", "Semua dibagikan kepada Sari dkk. kemarin.");
  }

  @Test
  void initialsAndDottedAcronyms() {
    assertThat(
            sentences(
                "Menurut J. Smith dan Agus D.W. Martowardojo, dana a.n. Yayasan Sejahtera dikirim"
                    + " ke A.S. Dana tiba kemarin."))
        .containsExactly(
            "Menurut J. Smith dan Agus D.W. Martowardojo, dana a.n. Yayasan Sejahtera dikirim ke"
                + " A.S.",
            "Dana tiba kemarin.");
    assertThat(tokens("J. Smith a.n. Budi, S.H. Rp. 500 ke A.S. Dana"))
        .containsExactly(
            "J.", "Smith", "a.n.", "Budi", ",", "S.H.", "Rp.", "500", "ke", "A.S", ".", "Dana");
  }

  @Test
  void finalAbbreviationGivesUpItsPeriodAtSentenceEnd() {
    assertThat(tokens("beras, minyak, dll. Semua dan Andi dkk. kemarin, PT Maju Pte. Ltd. Lalu"))
        .containsExactly(
            "beras", ",", "minyak", ",", "dll", ".", "Semua", "dan", "Andi", "dkk.", "kemarin", ",",
            "PT", "Maju", "Pte.", "Ltd", ".", "Lalu");
  }

  @Test
  void capitalLetterBeforeASentenceStarterIsNoInitial() {
    assertThat(
            sentences(
                "Ia mengunggah pernyataan lewat media sosial X. Namun, unggahan itu dihapus. Surat"
                    + " ditandatangani Susilo B. Yudhoyono."))
        .containsExactly(
            "Ia mengunggah pernyataan lewat media sosial X.",
            "Namun, unggahan itu dihapus.",
            "Surat ditandatangani Susilo B. Yudhoyono.");
  }

  @Test
  void initialAfterNumberIsAWordAndAPeriod() {
    assertThat(sentences("Suhu naik 2 C. Kota Moravia berdiri pada abad ke-6 M. Di sana sepi."))
        .containsExactly(
            "Suhu naik 2 C.", "Kota Moravia berdiri pada abad ke-6 M.", "Di sana sepi.");
  }

  @Test
  void numbersDatesAndMoney() {
    assertThat(
            tokens(
                "Gempa 6,9 SR pukul 09.15 WIB (3/8/2019) menewaskan 15.000 orang, 1.000.000 rumah,"
                    + " Sabtu (3/8), 17/10/2025, naik 1,28% menjadi Rp 1,5 triliun atau Rp1,5 triliun,"
                    + " 2-4 orang"))
        .containsExactly(
            "Gempa",
            "6,9",
            "SR",
            "pukul",
            "09.15",
            "WIB",
            "(",
            "3/8/2019",
            ")",
            "menewaskan",
            "15.000",
            "orang",
            ",",
            "1.000.000",
            "rumah",
            ",",
            "Sabtu",
            "(",
            "3/8",
            ")",
            ",",
            "17/10/2025",
            ",",
            "naik",
            "1,28",
            "%",
            "menjadi",
            "Rp",
            "1,5",
            "triliun",
            "atau",
            "Rp",
            "1,5",
            "triliun",
            ",",
            "2",
            "-",
            "4",
            "orang");
    assertThat(kindOf("pukul 09.15 WIB", "09.15")).isEqualTo(Kind.NUMBER);
    assertThat(kindOf("naik 5%", "%")).isEqualTo(Kind.SYMBOL);
    assertThat(kindOf("pesawat JT610", "JT610")).isEqualTo(Kind.ALPHANUM);
    assertThat(kindOf("pada 1990-an", "1990-an")).isEqualTo(Kind.ALPHANUM);
  }

  @Test
  void numberAtSentenceEndKeepsItsPeriodSeparate() {
    assertThat(sentences("Korban mencapai 1.000. Sebanyak 15.000 pasukan dikirim pada 2019."))
        .containsExactly("Korban mencapai 1.000.", "Sebanyak 15.000 pasukan dikirim pada 2019.");
  }

  @Test
  void wordsWithHyphensAndClitics() {
    assertThat(
            String.join(
                " | ",
                tokens(
                    "Korban luka-luka, rudal-rudal, pemakzulannya, EPS-nya, se-Jawa, Jum'at,"
                        + " COVID-19, Moody's, v9.1, PMK.011/2007, kuartal II/2007, turun -4,9 --"
                        + " entah.")))
        .isEqualTo(
            "Korban | luka-luka | , | rudal-rudal | , | pemakzulannya | , | EPS | - | nya | , |"
                + " se-Jawa | , | Jum'at | , | COVID-19 | , | Moody | 's | , | v9.1 | , |"
                + " PMK.011/2007 | , | kuartal | II/2007 | , | turun | -4,9 | -- | entah | .");
    assertThat(kindOf("COVID-19", "COVID-19")).isEqualTo(Kind.ALPHANUM);
    assertThat(kindOf("luka-luka", "luka-luka")).isEqualTo(Kind.WORD);
    assertThat(kindOf("turun -4,9 persen", "-4,9")).isEqualTo(Kind.NUMBER);
  }

  @Test
  void urlsAndEmails() {
    assertThat(
            tokens(
                "Lihat https://bnpb.go.id/berita?id=5. Kirim ke humas@bnpb.go.id, (www.bmkg.go.id) atau Kompas.com."))
        .containsExactly(
            "Lihat",
            "https://bnpb.go.id/berita?id=5",
            ".",
            "Kirim",
            "ke",
            "humas@bnpb.go.id",
            ",",
            "(",
            "www.bmkg.go.id",
            ")",
            "atau",
            "Kompas.com",
            ".");
    assertThat(kindOf("Kirim ke humas@bnpb.go.id", "humas@bnpb.go.id")).isEqualTo(Kind.SYMBOL);
  }

  @Test
  void closingQuoteAfterPeriodBelongsToSentence() {
    assertThat(
            sentences(
                "Ia berkata, “Kami siap.” Lalu ia pergi. Dia bilang \"Kami lelah.\" Semua diam."))
        .containsExactly(
            "Ia berkata, “Kami siap.”",
            "Lalu ia pergi.",
            "Dia bilang \"Kami lelah.\"",
            "Semua diam.");
  }

  @Test
  void reportingClauseAfterQuoteStaysInSentence() {
    assertThat(
            sentences(
                "“Kami akan membangun kembali rumah warga,” kata Agus. “Di mana keluarga saya?”"
                    + " tanya seorang ibu. \"Pergi!\" teriak petugas."))
        .containsExactly(
            "“Kami akan membangun kembali rumah warga,” kata Agus.",
            "“Di mana keluarga saya?” tanya seorang ibu.",
            "\"Pergi!\" teriak petugas.");
  }

  @Test
  void multiSentenceQuoteSplitsOnlyAtInnerPeriod() {
    assertThat(sentences("“Air sudah surut. Warga mulai pulang,” ujar Kepala BPBD Rahmat."))
        .containsExactly("“Air sudah surut.", "Warga mulai pulang,” ujar Kepala BPBD Rahmat.");
  }

  @Test
  void ellipsisInsideQuoteDoesNotSplit() {
    assertThat(
            sentences(
                "“Saya memikirkan keluarga mereka… Jadi, saya datang ke sini,” ujar Rina. Ia"
                    + " menunggu... Kemudian pulang."))
        .containsExactly(
            "“Saya memikirkan keluarga mereka… Jadi, saya datang ke sini,” ujar Rina.",
            "Ia menunggu...",
            "Kemudian pulang.");
  }

  @Test
  void ellipsisClosingAQuoteEndsTheSentence() {
    assertThat(sentences("“Kami sudah berusaha…” Kemudian ia terdiam. “Entah...” katanya lirih."))
        .containsExactly(
            "“Kami sudah berusaha…”", "Kemudian ia terdiam.", "“Entah...” katanya lirih.");
  }

  @Test
  void everyListedAbbreviationKeepsItsPeriod() {
    assertThat(
            String.join(
                " | ",
                tokens(
                    "dr. Dr. Jl. H. Hj. No. Prof. Kol. Brigjen. Kompol. AKBP J. Rp. Tbk. dkk. dll."
                        + " dsb. a.n. S.H. terakhir")))
        .isEqualTo(
            "dr. | Dr. | Jl. | H. | Hj. | No. | Prof. | Kol. | Brigjen. | Kompol. | AKBP | J. |"
                + " Rp. | Tbk. | dkk. | dll. | dsb. | a.n. | S.H. | terakhir");
  }

  @Test
  void bracketsAndQuestionMarks() {
    assertThat(
            sentences(
                "Warga bertanya (apa yang terjadi?). Siapa yang bertanggung jawab?! Belum jelas."))
        .containsExactly(
            "Warga bertanya (apa yang terjadi?).",
            "Siapa yang bertanggung jawab?!",
            "Belum jelas.");
  }

  @Test
  void listMarkersAtParagraphStart() {
    assertThat(sentences("1. Warga diminta tetap tenang. Petugas siaga."))
        .containsExactly("1. Warga diminta tetap tenang.", "Petugas siaga.");
  }

  @Test
  void everySpanMatchesItsText() {
    String text = "Judul: Tes\n\nSatu (1) dua. Tiga “empat.”\n\nLima.";
    AnnotatedArticle a = run(text);
    for (Token t : a.get(Layers.TOKENS)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(a.get(Layers.SENTENCES)).hasSize(4);
  }
}
