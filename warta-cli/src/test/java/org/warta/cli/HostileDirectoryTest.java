package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code warta analyze DIR} on 1,000 generated files, most of them hostile ({@link HostileFiles}):
 * nothing crashes, every skipped input gets one line with its reason, every genuine article comes
 * out exactly once, and no input both comes out and is skipped.
 */
class HostileDirectoryTest {
  private static final Pattern SKIPPED = Pattern.compile("^warta: skipped (.+?): (.+)$");
  private static final Pattern SUMMARY =
      Pattern.compile(
          "^warta analyze: (\\d+) analyzed, (\\d+) skipped \\((\\d+ [^,]+)(, \\d+ [^,]+)*\\)$");

  @TempDir Path dir;

  @Test
  void aThousandHostileFilesAreAnalyzedOrSkippedWithAReasonAndGenuineOnesComeOutOnce()
      throws Exception {
    Map<Path, HostileFiles.Kind> files = HostileFiles.generate(dir, 20251128L, 1000);
    assertThat(files).hasSize(1000);

    AnalyzeCommandTest.Result r =
        AnalyzeCommandTest.run(
            "analyze", "--max-bytes", String.valueOf(HostileFiles.MAX_BYTES), dir.toString());

    assertThat(r.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
    assertThat(r.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");

    Map<String, Integer> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : r.lines()) {
      JsonNode record = json.readTree(line);
      out.merge(record.get("source").get("path").asText(), 1, Integer::sum);
      assertThat(record.get("text").asText()).doesNotContain("root:x:0:0"); // no XXE
    }
    Map<String, String> skipped = new HashMap<>();
    List<String> otherLines = new ArrayList<>();
    String[] errLines = r.err().split("\n");
    for (String line : errLines) {
      Matcher m = SKIPPED.matcher(line);
      if (m.matches()) {
        assertThat(skipped.put(m.group(1), m.group(2))).as("skipped twice: " + line).isNull();
        assertThat(m.group(2)).isNotBlank();
      } else {
        otherLines.add(line);
      }
    }
    assertThat(otherLines).singleElement().asString().matches(SUMMARY);
    Matcher summary = SUMMARY.matcher(otherLines.get(0));
    assertThat(summary.matches()).isTrue();
    assertThat(Integer.parseInt(summary.group(1))).isEqualTo(r.lines().size());

    List<String> problems = new ArrayList<>();
    int genuine = 0;
    for (Map.Entry<Path, HostileFiles.Kind> e : files.entrySet()) {
      String path = e.getKey().toString();
      int times = out.getOrDefault(path, 0);
      boolean wasSkipped = skipped.containsKey(path);
      switch (e.getValue()) {
        case GENUINE -> {
          genuine++;
          if (times != 1 || wasSkipped) {
            problems.add(path + ": genuine, out " + times + "x, skipped: " + skipped.get(path));
          }
        }
        case HOSTILE -> {
          if (times + (wasSkipped ? 1 : 0) != 1) {
            problems.add(path + ": hostile, out " + times + "x, skipped: " + skipped.get(path));
          }
        }
        case IGNORED -> {
          if (times != 0) {
            problems.add(path + ": not an article, but out " + times + "x");
          }
        }
      }
    }
    Map<String, Integer> reasons = new java.util.TreeMap<>();
    skipped.values().forEach(v -> reasons.merge(v.replaceAll("[0-9]+", "N"), 1, Integer::sum));
    System.out.println(
        "hostile directory: " + r.lines().size() + " analyzed, " + skipped.size() + " skipped");
    reasons.forEach((k, v) -> System.out.println("  " + v + " x " + k));
    assertThat(problems).isEmpty();
    assertThat(genuine).isGreaterThan(200);
    // Every skip names a generated file, the bad INDEX.tsv or the symbolic link loop.
    for (String path : skipped.keySet()) {
      assertThat(Files.exists(Path.of(path)) || path.endsWith("back-up")).as(path).isTrue();
    }
    assertThat(skipped.keySet()).anySatisfy(p -> assertThat(p).endsWith("back-up"));
    assertThat(skipped)
        .containsEntry(
            dir.resolve("with-bad-index").resolve("INDEX.tsv").toString(),
            "index is not valid UTF-8 text; ignored");
  }
}
