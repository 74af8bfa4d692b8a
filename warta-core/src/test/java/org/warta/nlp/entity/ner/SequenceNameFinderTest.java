package org.warta.nlp.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.warta.model.EntityType;
import org.warta.model.Token;
import org.warta.nlp.entity.NameSpan;

class SequenceNameFinderTest {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]*|\\p{N}+|\\S");

  /** Simple tokens for tests: words, numbers, single punctuation marks. */
  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Token.Kind kind =
          Character.isLetter(m.group().charAt(0))
              ? Token.Kind.WORD
              : Character.isDigit(m.group().charAt(0)) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
      out.add(new Token(m.group(), m.start(), m.end(), kind));
    }
    return out;
  }

  private static List<String> described(String text, List<NameSpan> spans) {
    return spans.stream().map(s -> s.type() + ":" + text.substring(s.start(), s.end())).toList();
  }

  @Test
  void committedModelFindsPeopleAndPlaces() {
    String text = "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta.";
    List<NameSpan> spans = SequenceNameFinder.indonesian().find(text, tokens(text));
    assertThat(described(text, spans))
        .contains("PERSON:Joko Widodo", "PERSON:Retno Marsudi", "LOCATION:Jakarta")
        .doesNotContain("PERSON:Presiden Joko Widodo");
    for (NameSpan s : spans) {
      assertThat(s.confidence()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void committedModelFindsOrganisations() {
    String text =
        "Komisi Pemberantasan Korupsi (KPK) memeriksa Bupati Sidoarjo di Gedung Merah Putih,"
            + " kata juru bicara KPK Budi Prasetyo, Selasa (14/1).";
    List<NameSpan> spans = SequenceNameFinder.indonesian().find(text, tokens(text));
    List<String> found = described(text, spans);
    assertThat(found)
        .contains(
            "ORGANIZATION:Komisi Pemberantasan Korupsi", "ORGANIZATION:KPK", "PERSON:Budi Prasetyo")
        .noneMatch(s -> s.endsWith(":Selasa"));
    assertThat(spans).allMatch(s -> s.type() != EntityType.MISC);
  }

  @Test
  void sharedInstanceGivesTheSameAnswersFromManyThreads() throws Exception {
    String[] texts = {
      "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta.",
      "Gubernur Jawa Timur Khofifah Indar Parawansa meninjau banjir di Kabupaten Bojonegoro.",
      "Bank Indonesia menahan suku bunga acuan, kata Gubernur BI Perry Warjiyo di Jakarta.",
    };
    SequenceNameFinder finder = SequenceNameFinder.indonesian();
    List<List<NameSpan>> expected = new ArrayList<>();
    for (String t : texts) {
      expected.add(finder.find(t, tokens(t)));
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int k = 0; k < 200; k++) {
        int i = k % texts.length;
        results.add(
            pool.submit(() -> finder.find(texts[i], tokens(texts[i])).equals(expected.get(i))));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void confidencesAreCalibratedNotSaturated() {
    String text = "Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Jakarta.";
    List<NameSpan> spans = SequenceNameFinder.indonesian().find(text, tokens(text));
    assertThat(spans).isNotEmpty().allMatch(s -> s.confidence() > 0.5 && s.confidence() <= 1.0);
    assertThat(SequenceNameFinder.indonesian().model().meta()).containsKey("temperature");
  }

  @Test
  void readGivesTheSameNamesAndEachTokensProbabilityOfNoName() {
    SequenceNameFinder f = SequenceNameFinder.indonesian();
    String text = "Gubernur Ridwan Kamil meninjau pasar di Bandung pada Senin pagi.";
    List<Token> toks = tokens(text);
    org.warta.nlp.entity.NameFinder.Reading r = f.read(text, toks);
    assertThat(r.names()).isEqualTo(f.find(text, toks));
    assertThat(r.outside()).hasSize(toks.size());
    for (double p : r.outside()) {
      assertThat(p).isBetween(0.0, 1.0);
    }
    // "pasar" (index 4) is plainly no name; "Ridwan" (index 1) plainly is
    assertThat(toks.get(4).text()).isEqualTo("pasar");
    assertThat(r.outside()[4]).isGreaterThan(0.9);
    assertThat(r.outside()[1]).isLessThan(0.1);
    // a sentence without names still gets the probabilities
    String plain = "Harga cabai naik sejak pekan lalu.";
    org.warta.nlp.entity.NameFinder.Reading none = f.read(plain, tokens(plain));
    assertThat(none.names()).isEmpty();
    assertThat(none.outside()).hasSize(7);
    for (double p : none.outside()) {
      assertThat(p).isGreaterThan(0.5);
    }
  }

  @Test
  void randomInputNeverThrowsAndSpansStayInsideTokens() {
    java.util.Random r = new java.util.Random(5);
    String alphabet = "aAbBkKmMnNsSjJ.,()\"'-0123456789 éÉ\u00a0\t😀";
    SequenceNameFinder finder = SequenceNameFinder.indonesian();
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(k % 50 == 0 ? 3000 : 120);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      List<Token> toks = tokens(text);
      for (NameSpan s : finder.find(text, toks)) {
        assertThat(s.start()).isGreaterThanOrEqualTo(0).isLessThan(s.end());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
        assertThat(toks).anyMatch(t -> t.start() == s.start());
        assertThat(toks).anyMatch(t -> t.end() == s.end());
        assertThat(s.confidence()).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void emptySentenceHasNoNames() {
    assertThat(SequenceNameFinder.indonesian().find("", List.of())).isEmpty();
  }
}
