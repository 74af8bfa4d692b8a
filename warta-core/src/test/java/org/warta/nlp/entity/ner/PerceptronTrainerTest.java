package org.warta.nlp.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerceptronTrainerTest {
  /** A tiny fixture in the style of Indonesian news, written for this test. */
  static List<PerceptronTrainer.Sentence> fixture() {
    String[] lines = {
      "Presiden/O Joko/B-PER Widodo/I-PER meresmikan/O bendungan/O di/O Kabupaten/B-LOC Bogor/I-LOC ./O",
      "Gubernur/O Ganjar/B-PER Pranowo/I-PER tiba/O di/O Semarang/B-LOC pada/O Senin/O ./O",
      "Komisi/B-ORG Pemberantasan/I-ORG Korupsi/I-ORG memeriksa/O Bupati/O Sleman/B-LOC ./O",
      "Menurut/O Sri/B-PER Mulyani/I-PER ,/O Bank/B-ORG Indonesia/I-ORG menahan/O suku/O bunga/O ./O",
      "Warga/O Surabaya/B-LOC mengungsi/O ke/O Sidoarjo/B-LOC ,/O kata/O Andi/B-PER ./O",
      "Partai/B-ORG Golkar/I-ORG mendukung/O Anies/B-PER Baswedan/I-PER di/O Jakarta/B-LOC ./O",
    };
    List<PerceptronTrainer.Sentence> out = new ArrayList<>();
    for (int k = 0; k < lines.length; k++) {
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      for (String wt : lines[k].split(" ")) {
        int slash = wt.lastIndexOf('/');
        words.add(wt.substring(0, slash));
        tags.add(wt.substring(slash + 1));
      }
      out.add(new PerceptronTrainer.Sentence(words, tags, k % 2 == 0 ? "news" : "wiki"));
    }
    return out;
  }

  private static byte[] train(String domain) throws IOException {
    PerceptronTrainer trainer =
        new PerceptronTrainer(
            new NerFeatures(NerLexicon.EMPTY), new PerceptronTrainer.Config(5, 1, 7, domain));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trainer.train(fixture(), it -> {}).write(bytes);
    return bytes.toByteArray();
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    assertThat(train("news")).isEqualTo(train("news"));
    assertThat(train(null)).isEqualTo(train(null));
  }

  @Test
  void learnsTheFixtureAndRoundTrips() throws IOException {
    LinearChainModel model = LinearChainModel.read(new ByteArrayInputStream(train(null)));
    assertThat(model.labels())
        .containsExactly("O", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-PER", "I-PER");
    SequenceNameFinder finder = new SequenceNameFinder(model, NerLexicon.EMPTY);
    PerceptronTrainer.Sentence first = fixture().get(0);
    assertThat(finder.tagWords(first.words())).isEqualTo(first.labels());
  }

  @Test
  void decodingNeverProducesInsideWithoutBegin() throws IOException {
    LinearChainModel model = LinearChainModel.read(new ByteArrayInputStream(train("news")));
    SequenceNameFinder finder = new SequenceNameFinder(model, NerLexicon.EMPTY);
    List<String> tags = finder.tagWords(List.of("Widodo", "Pranowo", "Korupsi", "Indonesia"));
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).startsWith("I-")) {
        assertThat(i).isPositive();
        assertThat(tags.get(i - 1).substring(2)).isEqualTo(tags.get(i).substring(2));
      }
    }
  }
}
