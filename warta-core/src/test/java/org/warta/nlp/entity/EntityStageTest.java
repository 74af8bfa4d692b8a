package org.warta.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.lang.id.IndonesianEntityLexicon;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Token;
import org.warta.nlp.segment.SentenceTokenStage;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

class EntityStageTest {
  static final EntityLexicon LEXICON = IndonesianEntityLexicon.load();
  private static final SentenceTokenStage SEGMENT = new SentenceTokenStage();
  private static final EntityStage RULES = new EntityStage(LEXICON);

  static List<Entity> run(EntityStage stage, String text) {
    AnnotatedArticle article = AnnotatedArticle.of(text, null);
    SEGMENT.process(article);
    stage.process(article);
    List<Entity> entities = article.get(Layers.ENTITIES);
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    return entities;
  }

  static Entity named(List<Entity> entities, String name) {
    return entities.stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + name + " in " + summary(entities)));
  }

  static List<String> texts(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  static List<String> summary(List<Entity> entities) {
    return entities.stream().map(e -> e.type() + ":" + e.name() + texts(e)).toList();
  }

  static List<String> allMentionTexts(List<Entity> entities) {
    return entities.stream().flatMap(e -> texts(e).stream()).toList();
  }

  @Test
  void aCapitalisedRunOfThousandsOfWordsIsNotOneName() {
    StringBuilder b = new StringBuilder("Daftar Nama\n\nMenurut ");
    String[] words = {"Budi", "Santoso", "Garut", "Kementerian", "Siti", "Bandung", "Ahmad"};
    for (int k = 0; k < 5_000; k++) {
      b.append(words[(k * 7 + k / 3) % words.length]).append(' ');
    }
    b.append("hadir.\n\nBudi Santoso dari Garut juga hadir di acara itu.");
    List<Entity> entities = run(RULES, b.toString());
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        int tokens = m.text().split("\\s+").length;
        assertThat(tokens).as(m.text()).isLessThanOrEqualTo(EntityStage.MAX_NAME_TOKENS);
      }
    }
    assertThat(allMentionTexts(entities)).contains("Budi Santoso");
  }

  @Test
  void acronymInBracketsJoinsItsLongForm() {
    String text =
        "Banjir Rendam Tiga Desa di Garut\n\n"
            + "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 120 rumah terendam banjir di"
            + " Kabupaten Garut, Jawa Barat, Selasa (12/3). Kepala BNPB Suharyanto mengatakan tim"
            + " sudah dikirim ke lokasi.\n\n"
            + "\"Kami terus memantau,\" kata Suharyanto. BNPB juga menyiapkan logistik.";
    List<Entity> es = run(RULES, text);
    Entity bnpb = named(es, "Badan Nasional Penanggulangan Bencana");
    assertThat(bnpb.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(texts(bnpb))
        .containsExactly("Badan Nasional Penanggulangan Bencana", "BNPB", "BNPB", "BNPB");
    assertThat(bnpb.mentions().get(1).start()).isEqualTo(text.indexOf("(BNPB)") + 1);
    Entity person = named(es, "Suharyanto");
    assertThat(person.type()).isEqualTo(EntityType.PERSON);
    assertThat(texts(person)).hasSize(2);
    Entity garut = named(es, "Kabupaten Garut");
    assertThat(garut.type()).isEqualTo(EntityType.LOCATION);
    assertThat(texts(garut)).containsExactly("Garut", "Kabupaten Garut");
    assertThat(named(es, "Jawa Barat").type()).isEqualTo(EntityType.LOCATION);
    assertThat(allMentionTexts(es)).doesNotContain("Selasa", "Kami", "Banjir Rendam Tiga");
    assertThat(es.get(0).id()).isEqualTo("e1");
    assertThat(es.get(0).name()).isEqualTo("Kabupaten Garut");
  }

  @Test
  void surnamesJoinTheFullNameAndTitlesAreNotPartOfMentions() {
    String text =
        "Menlu Bertemu di Jakarta\n\n"
            + "Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menteri Luar Negeri Retno Marsudi di"
            + " Jakarta, Kamis (4/7). Lavrov mengatakan kedua negara sepakat memperluas kerja sama"
            + " pangan.\n\n"
            + "Retno menambahkan, pertemuan berikutnya digelar di Moskow. \"Kami optimistis,\" ujar"
            + " Menlu Retno.";
    List<Entity> es = run(RULES, text);
    Entity lavrov = named(es, "Sergei Lavrov");
    assertThat(lavrov.type()).isEqualTo(EntityType.PERSON);
    assertThat(texts(lavrov)).containsExactly("Sergei Lavrov", "Lavrov");
    Entity retno = named(es, "Retno Marsudi");
    assertThat(retno.type()).isEqualTo(EntityType.PERSON);
    assertThat(texts(retno)).containsExactly("Retno Marsudi", "Retno", "Retno");
    assertThat(named(es, "Rusia").type()).isEqualTo(EntityType.LOCATION);
    assertThat(texts(named(es, "Jakarta"))).containsExactly("Jakarta", "Jakarta");
    assertThat(named(es, "Moskow").type()).isEqualTo(EntityType.LOCATION);
    assertThat(allMentionTexts(es))
        .doesNotContain("Menteri Luar Negeri", "Menlu", "Kamis", "Kami", "Menlu Bertemu");
  }

  @Test
  void sentenceInitialFunctionWordsWeekdaysAndMonthsAreNotEntities() {
    String text =
        "Warga Mengungsi\n\n"
            + "Pada Januari lalu, banjir melanda. Selama dua pekan warga mengungsi. Dalam laporan"
            + " itu, Saya tidak disebut. Jadi, Sabtu depan bantuan tiba. Namun Dodi Hermawan,"
            + " warga setempat, mengaku belum menerima bantuan. Sementara itu, Dodi berharap"
            + " pemerintah segera turun tangan.";
    List<Entity> es = run(RULES, text);
    assertThat(summary(es)).hasSize(1);
    Entity dodi = named(es, "Dodi Hermawan");
    assertThat(dodi.type()).isEqualTo(EntityType.PERSON);
    assertThat(texts(dodi)).containsExactly("Dodi Hermawan", "Dodi");
  }

  @Test
  void contextTypesUnknownNames() {
    String text =
        "Judul\n\n"
            + "Korban bernama Sutinah (61 tahun) ditemukan di Cibadak oleh warga. \"Kondisinya"
            + " lemah,\" kata Rahmat. Tim gabungan dari Tagana dan PMI membantu evakuasi.";
    List<Entity> es = run(RULES, text);
    assertThat(named(es, "Sutinah").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(es, "Rahmat").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(es, "Cibadak").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(es, "PMI").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void titlePrefixAndAppositionSplitPlaceFromPerson() {
    String text =
        "Judul\n\n"
            + "Presiden Peru Luis Carranza dilantik pada Jumat. Pemimpin Korea Utara, Kim Jong Un,"
            + " mengirim ucapan selamat kepada Carranza. Kim juga mengundang Presiden Carranza ke"
            + " Pyongyang.";
    List<Entity> es = run(RULES, text);
    Entity luis = named(es, "Luis Carranza");
    assertThat(luis.type()).isEqualTo(EntityType.PERSON);
    assertThat(texts(luis)).containsExactly("Luis Carranza", "Carranza", "Carranza");
    assertThat(named(es, "Peru").type()).isEqualTo(EntityType.LOCATION);
    assertThat(texts(named(es, "Kim Jong Un"))).containsExactly("Kim Jong Un", "Kim");
    assertThat(named(es, "Korea Utara").type()).isEqualTo(EntityType.LOCATION);
  }

  /** Marks given phrases with given types, as a trained model would. */
  static final class FakeFinder implements NameFinder {
    private final Map<String, EntityType> phrases;

    FakeFinder(Map<String, EntityType> phrases) {
      this.phrases = phrases;
    }

    @Override
    public List<NameSpan> find(String text, List<Token> tokens) {
      List<NameSpan> out = new ArrayList<>();
      if (tokens.isEmpty()) {
        return out;
      }
      int from = tokens.get(0).start();
      int to = tokens.get(tokens.size() - 1).end();
      String sentence = text.substring(from, to);
      phrases.forEach(
          (p, t) -> {
            int i = sentence.indexOf(p);
            while (i >= 0) {
              out.add(new NameSpan(from + i, from + i + p.length(), t, 0.9));
              i = sentence.indexOf(p, i + 1);
            }
          });
      return out;
    }
  }

  @Test
  void modelProposalsAreCombinedWithGazetteerAndRules() {
    String text =
        "Judul\n\n"
            + "Relawan Aksi Peduli Bangsa menyalurkan bantuan di Garut bersama Kedai Kopi Senja"
            + " Raya. Ketua relawan, Wulan Sari, mengatakan bantuan berasal dari donatur.";
    NameFinder model =
        new FakeFinder(
            Map.of(
                "Aksi Peduli Bangsa", EntityType.ORGANIZATION, // same span as a rule guess
                "Garut", EntityType.PERSON, // wrong type: the gazetteer's wins
                "Kedai Kopi Senja", EntityType.ORGANIZATION, // other span than a rule guess
                "Wulan", EntityType.PERSON)); // other span than a rule with context evidence
    List<Entity> rulesOnly = run(RULES, text);
    // capitalisation finds the names but cannot tell what they are
    assertThat(named(rulesOnly, "Aksi Peduli Bangsa").type()).isNotEqualTo(EntityType.ORGANIZATION);
    assertThat(allMentionTexts(rulesOnly)).contains("Kedai Kopi Senja Raya");

    List<Entity> combined = run(new EntityStage(LEXICON, Optional.of(model)), text);
    assertThat(named(combined, "Aksi Peduli Bangsa").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(named(combined, "Garut").type()).isEqualTo(EntityType.LOCATION);
    assertThat(named(combined, "Kedai Kopi Senja").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(allMentionTexts(combined)).contains("Wulan Sari").doesNotContain("Wulan");

    List<Entity> modelOnly = run(new EntityStage(LEXICON, List.of(model), false), text);
    assertThat(named(modelOnly, "Garut").type()).isEqualTo(EntityType.PERSON);
    assertThat(modelOnly).hasSize(4);
  }

  @Test
  void aFailingModelDoesNotStopTheRules() {
    NameFinder broken =
        (text, tokens) -> {
          throw new IllegalStateException("boom");
        };
    List<Entity> es =
        run(new EntityStage(LEXICON, Optional.of(broken)), "Judul\n\nGempa mengguncang Banten.");
    assertThat(named(es, "Banten").type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void randomTextNeverThrows() {
    Random rnd = new Random(42);
    String alphabet = "aAbBkKJjUu  .,;:\"“”'()-–\n\n0123456789éÉßİı😀\u00a0";
    String[] words = {
      "Presiden", "Badan", "(", ")", "BNPB", "di", "Kabupaten", "dan", "bin", "Kim"
    };
    for (int n = 0; n < 400; n++) {
      StringBuilder b = new StringBuilder();
      int len = rnd.nextInt(200);
      for (int i = 0; i < len; i++) {
        if (rnd.nextInt(4) == 0) {
          b.append(words[rnd.nextInt(words.length)]).append(' ');
        } else {
          b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      List<Entity> es = run(RULES, b.toString());
      assertThat(es).allSatisfy(e -> assertThat(e.mentions()).isNotEmpty());
    }
  }

  /** Proposes nothing and reports every token outside any name with one probability. */
  static final class SilentFinder implements NameFinder {
    private final double outside;

    SilentFinder(double outside) {
      this.outside = outside;
    }

    @Override
    public List<NameSpan> find(String text, List<Token> tokens) {
      return List.of();
    }

    @Override
    public Reading read(String text, List<Token> tokens) {
      double[] o = new double[tokens.size()];
      java.util.Arrays.fill(o, outside);
      return new Reading(List.of(), o);
    }
  }

  @Test
  void aModelThatSawNoNameVetoesRuleGuesses() {
    // "Durian Montong" is typed only by its capitals; "Bening Sari" by "kata" before it.
    String text =
        "Judul\n\n"
            + "Pedagang di pasar itu menjual Durian Montong dari kebun warga. Harganya naik,"
            + " kata Bening Sari kepada wartawan.";
    List<Entity> rules = run(RULES, text);
    assertThat(rules).extracting(Entity::name).contains("Durian Montong", "Bening Sari");

    List<Entity> sure = run(new EntityStage(LEXICON, Optional.of(new SilentFinder(0.95))), text);
    assertThat(sure).extracting(Entity::name).doesNotContain("Durian Montong", "Bening Sari");

    // An unsure model vetoes only the guess from capitals; context still names the person.
    List<Entity> unsure = run(new EntityStage(LEXICON, Optional.of(new SilentFinder(0.4))), text);
    assertThat(unsure).extracting(Entity::name).doesNotContain("Durian Montong");
    assertThat(texts(named(unsure, "Bening Sari"))).containsExactly("Bening Sari");
    assertThat(named(unsure, "Bening Sari").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aVetoedGuessConfirmedElsewhereInTheArticleStays() {
    // The model reads only the body sentences; the second mention has a title before it.
    String text =
        "Judul\n\n"
            + "Warga menyambut Laras Wening di balai desa. Bupati Laras Wening meresmikan jembatan"
            + " itu.";
    NameFinder model =
        new NameFinder() {
          @Override
          public List<NameSpan> find(String t, List<Token> tokens) {
            return read(t, tokens).names();
          }

          @Override
          public Reading read(String t, List<Token> tokens) {
            int from = tokens.get(0).start();
            String sentence = t.substring(from, tokens.get(tokens.size() - 1).end());
            int k = sentence.indexOf("Bupati Laras Wening");
            List<NameSpan> names =
                k < 0
                    ? List.of()
                    : List.of(new NameSpan(from + k + 7, from + k + 19, EntityType.PERSON, 0.95));
            double[] o = new double[tokens.size()];
            java.util.Arrays.fill(o, 0.95);
            return new Reading(names, o);
          }
        };
    List<Entity> es = run(new EntityStage(LEXICON, Optional.of(model)), text);
    Entity laras = named(es, "Laras Wening");
    assertThat(laras.type()).isEqualTo(EntityType.PERSON);
    assertThat(texts(laras)).containsExactly("Laras Wening", "Laras Wening");
  }
}
