package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.index.OpenIndex;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleInput;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.TextDecoder;
import org.warta.model.ArticleRecord;

/**
 * {@code warta ingest DIR} on the 1,000 generated files of {@link HostileFiles} (binary, truncated
 * and bomb gzip, wrong encodings, XML bombs, external entities, 60,000 nested divs, regex-hostile
 * text, a symbolic link loop, bad {@code INDEX.tsv} files) mixed with genuine articles we wrote:
 * the command finishes without an internal error, every skip is reported on stderr with a reason
 * and counted in the summary, the index holds every genuine article exactly once (checked by
 * document count, record ids and source paths in the Lucene index), nothing from an ignored file or
 * an external entity is stored, and a second ingest of the same directory adds nothing.
 */
class HostileIngestTest {
  private static final Pattern SKIPPED = Pattern.compile("^warta: skipped (.+?): (.+)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void aThousandHostileFilesAreIngestedOrSkippedWithAReasonAndGenuineOnesAreStoredOnce()
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Path index = tmp.resolve("index");
    Map<Path, HostileFiles.Kind> files = HostileFiles.generate(dir, 20251128L, 1000);
    assertThat(files).hasSize(1000);
    String[] args = {
      "ingest",
      "--index",
      index.toString(),
      "--max-bytes",
      String.valueOf(HostileFiles.MAX_BYTES),
      "--threads",
      "2",
      "--commit-every",
      "100",
      "--format",
      "json",
      dir.toString()
    };

    long t0 = System.nanoTime();
    IngestCrashTest.Result first = IngestCrashTest.run(args);
    double firstSeconds = (System.nanoTime() - t0) / 1e9;
    assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.SOME_SKIPPED);
    assertNoCrash(first.err());
    JsonNode summary = JSON.readTree(first.out());
    Map<String, String> skipped = skips(first.err());

    // Every skip is on stderr with a reason, counted once in the summary and in its reasons.
    assertThat(summary.get("skipped").asLong()).isEqualTo(skipped.size());
    long byReason = 0;
    for (JsonNode n : summary.get("reasons")) {
      byReason += n.asLong();
    }
    assertThat(byReason).isEqualTo(skipped.size());
    for (Map.Entry<String, String> e : skipped.entrySet()) {
      assertThat(e.getValue()).as(e.getKey()).isNotBlank();
      assertThat(e.getKey()).as("a skip names a generated input").startsWith(dir.toString());
    }
    assertThat(skipped)
        .containsEntry(
            dir.resolve("with-bad-index").resolve("INDEX.tsv").toString(),
            "index is not valid UTF-8 text; ignored")
        .containsEntry(
            dir.resolve("loop").resolve("back-up").toString(),
            "directory already read (a symbolic link loop); not read again");

    // What the index holds: one document per id, each from a genuine or hostile file.
    Map<String, Integer> storedByPath = new HashMap<>();
    Set<String> ids = new HashSet<>();
    int docs;
    try (OpenIndex idx = OpenIndex.open(index)) {
      List<Integer> all = idx.records().allDocs();
      docs = all.size();
      for (int doc : all) {
        ArticleRecord r = idx.records().record(doc);
        assertThat(ids.add(r.id())).as("id stored twice: " + r.id()).isTrue();
        storedByPath.merge(r.source().path(), 1, Integer::sum);
        assertThat(r.text()).doesNotContain("root:x:0:0").doesNotContain("lollollol");
      }
    }
    assertThat(docs)
        .isEqualTo(ids.size())
        .isEqualTo(summary.get("ingested").asInt())
        .isEqualTo(summary.get("articles").asInt());

    // Every genuine file is stored exactly once, under its own id; no file is stored and skipped;
    // a hostile file neither stored nor skipped is a duplicate (several hostile files have the same
    // content, e.g. every XML bomb), and the summary counts exactly those as duplicates.
    Set<String> genuineIds = genuineIds(files);
    List<String> problems = new ArrayList<>();
    int genuine = 0;
    int neither = 0;
    for (Map.Entry<Path, HostileFiles.Kind> e : files.entrySet()) {
      String path = e.getKey().toString();
      if (e.getKey().getFileName().toString().equals("INDEX.tsv")) {
        continue; // read as metadata of its directory, not as a source
      }
      int stored = storedByPath.getOrDefault(path, 0);
      boolean wasSkipped = skipped.containsKey(path);
      if (stored + (wasSkipped ? 1 : 0) > 1) {
        problems.add(path + ": stored " + stored + "x, skipped: " + skipped.get(path));
      } else if (stored == 0 && !wasSkipped) {
        neither++;
      }
      switch (e.getValue()) {
        case GENUINE -> {
          genuine++;
          if (stored != 1 || wasSkipped) {
            problems.add(path + ": genuine, stored " + stored + "x, skipped: " + skipped.get(path));
          }
        }
        case HOSTILE -> {}
        case IGNORED -> {
          if (stored != 0) {
            problems.add(path + ": not an article, but stored " + stored + "x");
          }
        }
      }
    }
    assertThat(neither).isEqualTo(summary.get("duplicates").asInt());
    assertThat(problems).isEmpty();
    assertThat(genuine).isGreaterThan(200);
    assertThat(genuineIds).hasSize(genuine);
    assertThat(ids).containsAll(genuineIds);
    assertThat(storedByPath.keySet()).allSatisfy(p -> assertThat(files).containsKey(Path.of(p)));

    // The same directory again: nothing new, the same skips, the same index.
    long t1 = System.nanoTime();
    IngestCrashTest.Result second = IngestCrashTest.run(args);
    double secondSeconds = (System.nanoTime() - t1) / 1e9;
    assertNoCrash(second.err());
    JsonNode again = JSON.readTree(second.out());
    assertThat(again.get("ingested").asInt()).isZero();
    assertThat(again.get("duplicates").asInt()).isEqualTo(docs + neither);
    assertThat(again.get("articles").asInt()).isEqualTo(docs);
    assertThat(skips(second.err())).isEqualTo(skipped);
    Set<String> idsAfter = new HashSet<>();
    try (OpenIndex idx = OpenIndex.open(index)) {
      for (int doc : idx.records().allDocs()) {
        idsAfter.add(idx.records().record(doc).id());
      }
      assertThat(idx.reader().numDocs()).isEqualTo(docs);
    }
    assertThat(idsAfter).isEqualTo(ids);

    Map<String, Integer> reasons = new TreeMap<>();
    skipped.values().forEach(v -> reasons.merge(v.replaceAll("[0-9]+", "N"), 1, Integer::sum));
    System.out.printf(
        "hostile ingest: %d stored (%d genuine), %d skipped; first run %.1f s, second %.1f s%n",
        docs, genuine, skipped.size(), firstSeconds, secondSeconds);
    reasons.forEach((k, v) -> System.out.println("  " + v + " x " + k));
  }

  /**
   * {@code --stage-budget-ms}: an article needing more CPU time is skipped with the stage named.
   */
  @Test
  void anArticleOverTheStageBudgetIsSkippedWithTheStageNamed() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("budget"));
    StringBuilder names = new StringBuilder("Judul\n\n");
    while (names.length() < 400_000) {
      names.append("Kata Jalan Bupati Kota Pak Bank ");
    }
    Files.writeString(dir.resolve("names.txt"), names);
    Path index = tmp.resolve("budget-index");
    IngestCrashTest.Result r =
        IngestCrashTest.run(
            "ingest", "--index", index.toString(), "--stage-budget-ms", "1", dir.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.SOME_SKIPPED);
    assertNoCrash(r.err());
    assertThat(r.err().strip())
        .matches(
            "warta: skipped \\S*names\\.txt: (cleaning|stage '[a-z]+') exceeded its 1 ms budget");
    assertThat(r.out()).startsWith("ingested 0, duplicates 0, skipped 1");
    IngestCrashTest.Result bad =
        IngestCrashTest.run(
            "ingest", "--index", index.toString(), "--stage-budget-ms", "-5", dir.toString());
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("--stage-budget-ms");
  }

  private static void assertNoCrash(String err) {
    assertThat(err)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");
  }

  /** Skip lines of stderr by input; an input is never reported twice in one run. */
  private static Map<String, String> skips(String err) {
    Map<String, String> skipped = new HashMap<>();
    for (String line : err.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = SKIPPED.matcher(line);
      assertThat(m.matches()).as("unexpected stderr line: " + line).isTrue();
      assertThat(skipped.put(m.group(1), m.group(2))).as("skipped twice: " + line).isNull();
    }
    return skipped;
  }

  /** The record ids the genuine files must have, computed from the files themselves. */
  private static Set<String> genuineIds(Map<Path, HostileFiles.Kind> files) throws Exception {
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    ArticleFiles reader =
        new ArticleFiles(new TextDecoder(TextDecoder.Encoding.UTF_8, HostileFiles.MAX_BYTES));
    Set<String> ids = new HashSet<>();
    for (Map.Entry<Path, HostileFiles.Kind> e : files.entrySet()) {
      if (e.getValue() == HostileFiles.Kind.GENUINE) {
        Path p = e.getKey();
        var raw = reader.read(new ArticleInput(p.toString(), p, ArticleMetadata.NONE), null);
        ids.add(analyzer.prepare(raw, ArticleMetadata.NONE).id());
      }
    }
    return ids;
  }
}
