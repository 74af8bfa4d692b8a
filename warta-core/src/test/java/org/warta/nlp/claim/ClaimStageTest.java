package org.warta.nlp.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.warta.nlp.quote.TestArticles.article;
import static org.warta.nlp.quote.TestArticles.entity;
import static org.warta.nlp.quote.TestArticles.quantity;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.lang.id.IndonesianReportingCues;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Modality;
import org.warta.model.Quantity;
import org.warta.nlp.quote.CueLexicon;
import org.warta.nlp.quote.QuoteStage;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

class ClaimStageTest {
  private static final CueLexicon CUES = IndonesianReportingCues.load();
  private static final QuoteStage QUOTES = new QuoteStage(CUES);
  private static final ClaimStage CLAIMS = new ClaimStage(CUES);

  private static List<Claim> claims(String text, List<Entity> entities, List<Quantity> qs) {
    AnnotatedArticle a = article(text, entities, qs);
    QUOTES.process(a);
    CLAIMS.process(a);
    List<Claim> out = a.get(Layers.CLAIMS);
    for (Claim c : out) {
      assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
      if (c.cue() != null) {
        assertThat(text.substring(c.cue().start(), c.cue().end())).isEqualTo(c.cue().text());
      }
    }
    return out;
  }

  private static Claim only(String body) {
    List<Claim> cs = claims("Judul\n\n" + body, List.of(), List.of());
    assertThat(cs).hasSize(1);
    return cs.get(0);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Menurut polisi, pelaku berjumlah tiga orang.|reported",
        "Polisi mengatakan pelaku berjumlah tiga orang.|reported",
        "Polisi menyatakan pelaku sudah ditangkap.|reported",
        "Polisi melaporkan pelaku sudah ditangkap.|reported",
        "Pelaku sudah ditangkap, kata Kapolres.|reported",
        "Pelaku sudah ditangkap, ujar Kapolres.|reported",
        "Pelaku sudah ditangkap, seperti dilansir Antara.|reported",
        "Warga meyakini bahwa pelaku masih bersembunyi.|believed",
        "Warga yakin pelaku masih bersembunyi.|believed",
        "Warga percaya pelaku masih bersembunyi.|believed",
        "Pelaku diyakini masih bersembunyi.|believed",
        "Polisi menduga pelaku masih bersembunyi.|believed",
        "Pelaku diduga masih bersembunyi.|believed",
        "Kerugian diperkirakan mencapai miliaran rupiah.|estimated",
        "BPBD memperkirakan kerugian mencapai miliaran rupiah.|estimated",
        "Estimasi terbaru menyebutkan kerugian mencapai miliaran rupiah.|estimated",
        "Perkiraan awal menyebutkan kerugian mencapai miliaran rupiah.|estimated",
        "Kerugian ditaksir mencapai miliaran rupiah.|estimated",
        "Pelaku mungkin masih bersembunyi.|possible",
        "Pelaku bisa jadi masih bersembunyi.|possible",
        "Pelaku kemungkinan masih bersembunyi.|possible",
        "Gempa itu berpotensi memicu tsunami.|possible",
        "Menteri akan meninjau lokasi pada Senin.|planned",
        "Menteri dijadwalkan meninjau lokasi pada Senin.|planned",
        "Menteri berjanji membangun kembali jembatan.|planned",
        "Menteri berencana membangun kembali jembatan.|planned",
        "Rencananya menteri meninjau lokasi pada Senin.|planned",
        "Polisi membantah ada korban jiwa.|denied",
        "Polisi menyangkal ada korban jiwa.|denied",
        "Polisi menepis kabar ada korban jiwa.|denied",
        "Kabar bahwa ada korban jiwa tidak benar.|denied"
      })
  void everyModalityCue(String body, String modality) {
    Claim c = only(body);
    assertThat(c.modality().code()).isEqualTo(modality);
    assertThat(c.cue()).isNotNull();
  }

  @Test
  void plainNarrativeIsNoClaimButAFigureIsAnAssertedClaim() {
    String text =
        "Judul\n\nWarga membersihkan lumpur di rumah mereka. Banjir merendam 40 rumah di desa itu.";
    List<Claim> cs = claims(text, List.of(), List.of(quantity(text, "n1", "40 rumah", 40)));
    assertThat(cs).hasSize(1);
    Claim c = cs.get(0);
    assertThat(c.text()).isEqualTo("Banjir merendam 40 rumah di desa itu");
    assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(c.source()).isNull();
    assertThat(c.quantities()).containsExactly("n1");
  }

  @Test
  void subjectOfBeliefVerbIsTheSourceEntity() {
    String text =
        "Judul\n\nJepang meyakini bahwa Korea Utara telah menembakkan sekitar 20 rudal tahun ini.";
    Entity jepang = entity(text, "e1", EntityType.LOCATION, "Jepang");
    Entity korut = entity(text, "e2", EntityType.LOCATION, "Korea Utara");
    List<Claim> cs =
        claims(text, List.of(jepang, korut), List.of(quantity(text, "n1", "sekitar 20 rudal", 20)));
    Claim c = cs.get(0);
    assertThat(c.modality()).isEqualTo(Modality.BELIEVED);
    assertThat(c.source().entity()).isEqualTo("e1");
    assertThat(c.source().text()).isEqualTo("Jepang");
    assertThat(c.quantities()).containsExactly("n1");
    assertThat(c.cue().text()).isEqualTo("meyakini");
  }

  @Test
  void sourceChainKeepsSourceAndChannelAndTheInnerModalityWins() {
    String text =
        "Judul\n\n"
            + "Pada Maret, pejabat Eropa mengatakan kepada Reuters mereka yakin sedikitnya 300"
            + " tentara tewas, namun perkiraan yang lebih baru menyebutkan angka mendekati 200"
            + " orang.";
    Entity reuters = entity(text, "e1", EntityType.ORGANIZATION, "Reuters");
    Entity eropa = entity(text, "e2", EntityType.LOCATION, "Eropa");
    List<Quantity> qs =
        List.of(
            quantity(text, "n1", "sedikitnya 300 tentara", 300),
            quantity(text, "n2", "mendekati 200 orang", 200));
    List<Claim> cs = claims(text, List.of(reuters, eropa), qs);
    assertThat(cs).hasSize(2);
    Claim first = cs.get(0);
    assertThat(first.modality()).isEqualTo(Modality.BELIEVED);
    assertThat(first.source().entity()).isNull();
    assertThat(first.source().text()).isEqualTo("pejabat Eropa");
    assertThat(first.source().channelEntity()).isEqualTo("e1");
    assertThat(first.source().channelText()).isEqualTo("Reuters");
    assertThat(first.quantities()).containsExactly("n1");
    Claim second = cs.get(1);
    assertThat(second.text()).startsWith("perkiraan yang lebih baru");
    assertThat(second.modality()).isEqualTo(Modality.ESTIMATED);
    assertThat(second.source().text()).isEqualTo("perkiraan yang lebih baru");
    assertThat(second.quantities()).containsExactly("n2");
  }

  @Test
  void passiveEstimateHasNoSource() {
    Claim c = only("Sebagai imbalannya, diperkirakan negara itu menerima bantuan pangan.");
    assertThat(c.modality()).isEqualTo(Modality.ESTIMATED);
    assertThat(c.source()).isNull();
  }

  @Test
  void passiveWithAgentTakesTheAgentAndTheChannel() {
    String text =
        "Judul\n\nPresiden dicopot, demikian diumumkan oleh ketua parlemen Ana Torres, dilansir"
            + " kantor berita AFP.";
    Entity ana = entity(text, "e1", EntityType.PERSON, "Ana Torres");
    Entity afp = entity(text, "e2", EntityType.ORGANIZATION, "AFP");
    Claim c = claims(text, List.of(ana, afp), List.of()).get(0);
    assertThat(c.modality()).isEqualTo(Modality.REPORTED);
    assertThat(c.source().entity()).isEqualTo("e1");
    assertThat(c.source().channelEntity()).isEqualTo("e2");
  }

  @Test
  void menurutSourceOutranksAVerbSubject() {
    String text =
        "Judul\n\nGubernur Rina meninjau lokasi dan menyampaikan duka, menurut media setempat.";
    Entity rina = entity(text, "e1", EntityType.PERSON, "Rina");
    Claim c = claims(text, List.of(rina), List.of()).get(0);
    assertThat(c.source().text()).isEqualTo("media setempat");
    assertThat(c.source().entity()).isNull();
  }

  @Test
  void possibleFigureAndPlannedMeeting() {
    String text =
        "Judul\n\n"
            + "Negara itu mungkin memiliki sekitar 1,5 juta tentara, namun tidak berpengalaman.\n\n"
            + "Hadi dijadwalkan bertemu Perdana Menteri Lee di Singapura pekan depan.";
    Entity hadi = entity(text, "e1", EntityType.PERSON, "Hadi");
    List<Claim> cs =
        claims(
            text, List.of(hadi), List.of(quantity(text, "n1", "sekitar 1,5 juta tentara", 1.5e6)));
    assertThat(cs).extracting(Claim::modality).containsExactly(Modality.POSSIBLE, Modality.PLANNED);
    assertThat(cs.get(0).text()).isEqualTo("Negara itu mungkin memiliki sekitar 1,5 juta tentara");
    assertThat(cs.get(1).text()).startsWith("Hadi dijadwalkan bertemu");
  }

  @Test
  void quotedStatementIsAReportedClaimOfTheSpeaker() {
    String text =
        "Judul\n\n"
            + "\"Kami menemukan dua korban di sungai. Pencarian dilanjutkan besok,\" kata Kepala"
            + " Basarnas Dedi Kurnia.";
    Entity dedi = entity(text, "e1", EntityType.PERSON, "Dedi Kurnia");
    List<Claim> cs = claims(text, List.of(dedi), List.of());
    assertThat(cs).isNotEmpty();
    assertThat(cs).allSatisfy(c -> assertThat(c.source().entity()).isEqualTo("e1"));
    assertThat(cs).allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.REPORTED));
  }

  @Test
  void sameSubjectClauseInheritsTheSource() {
    String text =
        "Judul\n\nHadi mengatakan ia sedih, seraya berjanji akan membangun monumen bagi korban.";
    Entity hadi = entity(text, "e1", EntityType.PERSON, "Hadi");
    List<Claim> cs = claims(text, List.of(hadi), List.of());
    assertThat(cs).hasSize(2);
    assertThat(cs.get(1).text()).isEqualTo("berjanji akan membangun monumen bagi korban");
    assertThat(cs.get(1).modality()).isEqualTo(Modality.PLANNED);
    assertThat(cs.get(1).source().entity()).isEqualTo("e1");
  }

  @Test
  void pronounSourceIsResolved() {
    String text =
        "Judul\n\nKepala BNPB Dodi Haryanto meninjau lokasi. Menurut dia, 12 rumah rusak berat.";
    Entity dodi = entity(text, "e1", EntityType.PERSON, "Dodi Haryanto");
    Claim c = claims(text, List.of(dodi), List.of(quantity(text, "n1", "12 rumah", 12))).get(0);
    assertThat(c.source().entity()).isEqualTo("e1");
    assertThat(c.source().text()).isEqualTo("dia");
  }

  @Test
  void randomTextNeverThrows() {
    Random rnd = new Random(7);
    String[] pieces = {
      " menurut ",
      " kata ",
      ", namun ",
      " diperkirakan ",
      " mengatakan kepada ",
      "\"",
      "\u201D",
      " akan ",
      " oleh ",
      ", seraya ",
      " Budi ",
      " 10 ",
      ".",
      ",",
      "\n\n",
      " dia ",
      " mengutip "
    };
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      int len = rnd.nextInt(60);
      for (int i = 0; i < len; i++) {
        b.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = b.toString();
      claims(text, List.of(entity(text, "e1", EntityType.PERSON, "Budi")), List.of());
    }
  }

  @Test
  void nameAfterAPassiveEstimateIsNotItsAgent() {
    String text =
        "Judul\n\nSebagai imbalannya, diperkirakan Jepang menerima bantuan pangan, uang, dan alat.";
    Entity jepang = entity(text, "e1", EntityType.LOCATION, "Jepang");
    Claim c = claims(text, List.of(jepang), List.of()).get(0);
    assertThat(c.modality()).isEqualTo(Modality.ESTIMATED);
    assertThat(c.source()).isNull();
  }

  @Test
  void appositionBetweenCommasIsSkippedWhenLookingForTheSubject() {
    String text =
        "Judul\n\nLestari, yang menjabat hingga pemilu tahun depan, telah berjanji menurunkan harga."
            + " Komisi Hak Sipil, sebuah LSM, menyebut 12 orang ditahan.";
    Entity lestari = entity(text, "e1", EntityType.PERSON, "Lestari");
    Entity komisi = entity(text, "e2", EntityType.ORGANIZATION, "Komisi Hak Sipil");
    List<Claim> cs =
        claims(text, List.of(lestari, komisi), List.of(quantity(text, "n1", "12 orang", 12)));
    assertThat(cs).hasSize(2);
    assertThat(cs.get(0).source().entity()).isEqualTo("e1");
    assertThat(cs.get(0).modality()).isEqualTo(Modality.PLANNED);
    assertThat(cs.get(1).source().entity()).isEqualTo("e2");
  }

  @Test
  void clauseAfterNamunKeepsTheReportedSpeakerUnlessTheFirstClauseIsSubordinate() {
    String text =
        "Judul\n\nPetugas BPBD, Dedi Kurnia, menyebut tidak ada korban jiwa, namun lima keluarga"
            + " mengungsi. Apabila sebelumnya BPBD menyebut dua rumah rusak, namun kini tiga rumah"
            + " rusak.";
    Entity dedi = entity(text, "e1", EntityType.PERSON, "Dedi Kurnia");
    List<Quantity> qs =
        List.of(
            quantity(text, "n1", "lima keluarga", 5),
            quantity(text, "n2", "dua rumah", 2),
            quantity(text, "n3", "tiga rumah", 3));
    List<Claim> cs = claims(text, List.of(dedi), qs);
    Claim lima = cs.stream().filter(c -> c.quantities().contains("n1")).findFirst().orElseThrow();
    assertThat(lima.text()).isEqualTo("lima keluarga mengungsi");
    assertThat(lima.source().entity()).isEqualTo("e1");
    assertThat(lima.modality()).isEqualTo(Modality.REPORTED);
    Claim tiga = cs.stream().filter(c -> c.quantities().contains("n3")).findFirst().orElseThrow();
    assertThat(tiga.source()).isNull();
    assertThat(tiga.modality()).isEqualTo(Modality.ASSERTED);
  }

  @Test
  void commaRightAfterTheReportingVerbDoesNotSplit() {
    String text =
        "Judul\n\nDedi mengatakan, meskipun pencarian dihentikan, tim tetap akan berjaga.";
    Entity dedi = entity(text, "e1", EntityType.PERSON, "Dedi");
    List<Claim> cs = claims(text, List.of(dedi), List.of());
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).source().entity()).isEqualTo("e1");
    assertThat(cs.get(0).modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void estimateNounWithoutFigureOrReportIsNoClaimAndHeadlinesAreSkipped() {
    String text =
        "Judul\n\nPendataan kerusakan dan taksiran kerugian masih dilakukan petugas.\n\n"
            + "Tim SAR Kerahkan 200 Personel";
    List<Claim> cs = claims(text, List.of(), List.of(quantity(text, "n1", "200 Personel", 200)));
    assertThat(cs).isEmpty();
  }
}
