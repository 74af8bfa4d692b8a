package org.warta.nlp.entity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.warta.eval.SharedData;

class NerProvenanceTest {
  private static InputStream resource(String name) {
    InputStream in =
        NerProvenanceTest.class
            .getClassLoader()
            .getResourceAsStream(SequenceNameFinder.INDONESIAN_DIR + "/" + name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  private static JsonNode provenance() throws IOException {
    try (InputStream in = resource("provenance.json")) {
      return NerProvenance.read(in);
    }
  }

  @Test
  void provenanceDescribesTheCommittedModelAndLexicons() throws IOException {
    JsonNode p = provenance();
    try (InputStream in = resource(SequenceNameFinder.MODEL_FILE)) {
      assertThat(p.get("model_sha256").asText()).isEqualTo(NerTraining.sha256(in));
    }
    p.get("lexicon_sha256")
        .fields()
        .forEachRemaining(
            e -> {
              try (InputStream in = resource(e.getKey())) {
                assertThat(NerTraining.sha256(in)).as(e.getKey()).isEqualTo(e.getValue().asText());
              } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
              }
            });
    assertThat(p.at("/scores/" + NerTraining.IDNER_DEV.replace("/", "~1") + "/micro/f1").asDouble())
        .isGreaterThan(0.8);
    assertThat(SequenceNameFinder.indonesian().model().featureCount())
        .isEqualTo(p.get("features").asInt());
  }

  @Test
  void provenanceChecksumsMatchTheSharedData() throws IOException {
    Optional<Path> shared = SharedData.root();
    Assumptions.assumeTrue(
        shared.isPresent() && shared.get().resolve(NerTraining.IDNER_TRAIN).toFile().isFile(),
        "shared data absent: skipping the data checksum check");
    JsonNode p = provenance();
    int checked = 0;
    for (String list : new String[] {"training_data", "evaluation_data"}) {
      for (JsonNode f : p.get(list)) {
        Path file = shared.get().resolve(f.get("path").asText());
        assertThat(NerTraining.sha256(file))
            .as(file.toString())
            .isEqualTo(f.get("sha256").asText());
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }
}
