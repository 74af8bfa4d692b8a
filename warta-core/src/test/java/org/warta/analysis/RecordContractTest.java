package org.warta.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.eval.SharedData;
import org.warta.examples.ExampleArticles;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.RawArticle;
import org.warta.io.RecordJsonWriter;
import org.warta.model.ArticleRecord;

/**
 * Every record Warta writes keeps the contract: it validates against the JSON Schema, every span
 * matches the text it covers, references resolve, and the same input gives the same record.
 */
class RecordContractTest {
  private static JsonSchema schema;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final RecordJsonWriter writer = new RecordJsonWriter();

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        RecordContractTest.class.getResourceAsStream("/org/warta/record.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private void assertValid(RawArticle raw) throws Exception {
    ArticleRecord record = SharedAnalyzer.get().analyze(raw);
    assertThat(RecordValidator.problems(record)).as(raw.name()).isEmpty();
    String json = writer.toJson(record, raw.content());
    JsonNode node = MAPPER.readTree(json);
    Set<ValidationMessage> errors = schema.validate(node);
    assertThat(errors).as(raw.name()).isEmpty();
    // Offsets in the JSON are code points: slicing the text by them gives each span's text.
    int[] cps = node.get("text").asText().codePoints().toArray();
    for (String layer : List.of("quantities", "times", "quotes", "claims")) {
      for (JsonNode span : node.get(layer)) {
        int s = span.get("start").asInt();
        int e = span.get("end").asInt();
        assertThat(new String(cps, s, e - s)).isEqualTo(span.get("text").asText());
      }
    }
    int[] original = raw.content().codePoints().toArray();
    for (JsonNode r : node.get("removed")) {
      int s = r.get("start").asInt();
      assertThat(new String(original, s, r.get("end").asInt() - s))
          .isEqualTo(r.get("text").asText());
    }
  }

  @Test
  void bundledExamplesKeepTheContract() throws Exception {
    for (RawArticle raw : ExampleArticles.all()) {
      assertValid(raw);
    }
  }

  @Test
  void analysisIsDeterministic() {
    RawArticle raw = ExampleArticles.all().get(0);
    String a = writer.toJson(SharedAnalyzer.get().analyze(raw), raw.content());
    String b = writer.toJson(SharedAnalyzer.get().analyze(raw), raw.content());
    assertThat(a).isEqualTo(b);
  }

  @Test
  void randomAndHostileTextNeverBreaksARecord() throws Exception {
    Random random = new Random(42);
    String alphabet = "aAbBkKmM .,;:!?\"“”'‘’()[]-–—/\n\n\t\u00a00123456789%Rp😀é\u200b";
    List<String> words =
        List.of(
            "Kim",
            "Jumat",
            "lalu",
            "sekitar",
            "15.000",
            "orang",
            "tewas",
            "kata",
            "“",
            "”",
            "Baca",
            "juga",
            "(3/8)",
            "pukul",
            "09.15",
            "WIB",
            "menurut",
            "BNPB",
            "1,28",
            "juta",
            "bertemu",
            "di",
            "Jakarta",
            ".",
            "\n\n",
            "setidaknya",
            "hingga",
            "antara",
            "dan");
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(400);
      for (int j = 0; j < n; j++) {
        if (random.nextBoolean()) {
          b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        } else {
          b.append(words.get(random.nextInt(words.size()))).append(' ');
        }
      }
      if (b.toString().isBlank()) {
        continue;
      }
      String published = random.nextBoolean() ? "2025-08-30" : null;
      assertValid(
          new RawArticle(
              "random-" + i, b.toString(), new ArticleMetadata(null, null, published, null)));
    }
  }

  @Test
  void devArticlesKeepTheContract() throws Exception {
    Optional<Path> dir = SharedData.resolve("data/articles");
    Assumptions.assumeTrue(
        dir.isPresent(), "shared data absent: ../shared/data/articles not found");
    IndexTsv index = IndexTsv.read(dir.get().resolve("INDEX.tsv"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir.get())) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path f : files) {
      String name = f.getFileName().toString();
      assertValid(
          new RawArticle(
              f.toString(), Files.readString(f, StandardCharsets.UTF_8), index.metadata(name)));
    }
  }
}
