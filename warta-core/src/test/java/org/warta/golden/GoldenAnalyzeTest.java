package org.warta.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.warta.analysis.SharedAnalyzer;
import org.warta.examples.ExampleArticles;
import org.warta.ingest.RawArticle;
import org.warta.io.RecordJsonWriter;

/**
 * Golden-file tests: the full record of each bundled example article must equal the reviewed
 * expected file in {@code src/test/resources/golden/analyze/}. After an intended change, regenerate
 * with {@code mvn test -pl warta-core -Dtest=GoldenAnalyzeTest -Dgolden.update=true} and review the
 * diff like code.
 */
class GoldenAnalyzeTest {
  private static final Path DIR = Path.of("src/test/resources/golden/analyze");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TestFactory
  Stream<DynamicTest> examplesMatchTheirGoldenRecords() {
    boolean update = Boolean.getBoolean("golden.update");
    List<RawArticle> examples = ExampleArticles.all();
    return examples.stream()
        .map(
            raw ->
                DynamicTest.dynamicTest(
                    raw.name(),
                    () -> {
                      String json =
                          new RecordJsonWriter()
                              .toJson(SharedAnalyzer.get().analyze(raw), raw.content());
                      String pretty =
                          MAPPER.writeValueAsString(MAPPER.readTree(json)).replace("\r\n", "\n")
                              + "\n";
                      String name = Path.of(raw.name()).getFileName().toString();
                      Path expected =
                          DIR.resolve(name.replaceFirst("\\.txt$", "") + ".expected.json");
                      if (update) {
                        Files.createDirectories(DIR);
                        Files.writeString(expected, pretty, StandardCharsets.UTF_8);
                      }
                      assertThat(Files.exists(expected))
                          .as("missing %s: run with -Dgolden.update=true and review it", expected)
                          .isTrue();
                      assertThat(pretty)
                          .as("record of %s differs from %s", raw.name(), expected)
                          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
                    }));
  }
}
