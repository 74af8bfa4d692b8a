package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.eval.SharedData;

/**
 * Crash safety of {@code warta ingest}: an ingest running as its own JVM is killed with {@code
 * destroyForcibly()} (SIGKILL) several times at random points, each time resumed on the same index
 * by a new process: sometimes right after one of its commits, sometimes at a random moment (during
 * start-up, between commits, possibly inside a commit). After every kill the index opens, holds no
 * id twice, has lost nothing it had committed before and only ids of the clean run; the final rerun
 * must leave exactly the documents and ids of an uninterrupted ingest, and another run adds
 * nothing. The seed of the kill points is printed; {@code -Dwarta.crash.seed=N} replays one.
 */
class IngestCrashTest {
  private static final int ARTICLES = 600;
  private static final int KILLS = 4;
  @TempDir Path tmp;

  @Test
  void killedIngestResumesToTheSameIndex() throws Exception {
    Path corpus = articles(tmp.resolve("corpus"));
    Path clean = tmp.resolve("clean");
    Path crashed = tmp.resolve("crashed");

    Result full = run("ingest", "--index", clean.toString(), "--threads", "2", corpus.toString());
    assertThat(full.code()).as(full.err()).isEqualTo(0);
    Set<String> expected = ids(clean);
    assertThat(expected.size()).isGreaterThan(ARTICLES - 5);
    assertThat(docCount(clean)).isEqualTo(expected.size());

    long seed = Long.getLong("warta.crash.seed", System.nanoTime());
    Random rnd = new Random(seed);
    System.out.println("IngestCrashTest: kill-point seed " + seed);
    Set<String> survived = Set.of();
    int kills = 0;
    List<String> log = new ArrayList<>();
    for (int round = 0; round < KILLS; round++) {
      Process child = startIngest(crashed, corpus);
      // round 0 after a commit, round 1 at a random moment, the others either way
      boolean afterCommit = round == 0 || (round > 1 && rnd.nextBoolean());
      long killedAt;
      if (afterCommit) {
        // a commit of this run, then up to 300 ms more: often inside the next batch or commit
        waitForCommitBeyond(child, crashed, survived.size());
        Thread.sleep(rnd.nextInt(300));
        killedAt = -1;
      } else {
        killedAt = 200 + rnd.nextInt(2500); // anywhere from JVM start-up to mid-ingest
        Thread.sleep(killedAt);
      }
      if (!child.isAlive()) {
        assertThat(child.exitValue())
            .as("round " + round + ": the child failed; see child.log")
            .isEqualTo(0);
        log.add("round " + round + ": finished before the kill");
        break; // nothing left to interrupt
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      kills++;
      Set<String> now = ids(crashed);
      log.add(
          "round "
              + round
              + ": killed "
              + (afterCommit ? "after a commit" : killedAt + " ms after start")
              + ", "
              + now.size()
              + " articles committed");
      assertThat(docCount(crashed)).as("no id stored twice").isEqualTo(now.size());
      assertThat(now).as("nothing committed is lost").containsAll(survived);
      assertThat(expected).as("only ids of the clean run").containsAll(now);
      survived = now;
    }
    log.forEach(l -> System.out.println("IngestCrashTest: " + l));
    assertThat(kills).as("kills before the corpus was done").isGreaterThanOrEqualTo(2);

    Result resumed =
        run("ingest", "--index", crashed.toString(), "--threads", "2", corpus.toString());
    assertThat(resumed.code()).as(resumed.err()).isEqualTo(0);
    assertThat(resumed.out()).contains("duplicates " + survived.size());
    assertThat(ids(crashed)).isEqualTo(expected);
    assertThat(docCount(crashed)).isEqualTo(docCount(clean)).isEqualTo(expected.size());

    Result again = run("ingest", "--index", crashed.toString(), corpus.toString());
    assertThat(again.out()).startsWith("ingested 0, duplicates " + ARTICLES);
    assertThat(docCount(crashed)).isEqualTo(expected.size());
  }

  private static Process startIngest(Path index, Path corpus) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        List.of(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            WartaCli.class.getName(),
            "ingest",
            "--index",
            index.toString(),
            "--commit-every",
            "20",
            "--threads",
            "2",
            "--quiet",
            corpus.toString());
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(index.resolveSibling("child.log").toFile())
        .start();
  }

  /**
   * Waits until the child's index has a commit with more than {@code before} documents; returns how
   * many, or -1 if the child ended first.
   */
  private static int waitForCommitBeyond(Process child, Path index, int before) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      if (!child.isAlive()) {
        return -1; // finished (or failed: the caller checks its exit code)
      }
      if (Files.isDirectory(index)) {
        try (Directory d = FSDirectory.open(index)) {
          if (DirectoryReader.indexExists(d)) {
            try (DirectoryReader r = DirectoryReader.open(d)) {
              if (r.numDocs() > before) {
                return r.numDocs();
              }
            }
          }
        } catch (IOException e) {
          // a commit in progress; try again
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no commit within 5 minutes");
  }

  private static Set<String> ids(Path index) throws IOException {
    Set<String> ids = new HashSet<>();
    try (Directory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : r.leaves()) {
        Terms t = leaf.reader().terms("id");
        if (t == null) {
          continue;
        }
        TermsEnum te = t.iterator();
        BytesRef b;
        while ((b = te.next()) != null) {
          ids.add(b.utf8ToString());
        }
      }
    }
    return ids;
  }

  private static int docCount(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      return r.numDocs();
    }
  }

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WartaCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * {@value #ARTICLES} articles: the first IndoSum articles (detokenised by {@code warta corpus
   * indosum}) when the shared data is present, else generated ones.
   */
  static Path articles(Path dir) throws IOException {
    Files.createDirectories(dir);
    Optional<Path> indosum = SharedData.resolve("data/corpus/indosum");
    if (indosum.isPresent() && Files.isDirectory(indosum.get())) {
      Path all = dir.resolveSibling("indosum-all");
      Result r = run("corpus", "indosum", indosum.get().toString(), "--out", all.toString());
      assertThat(r.code()).as(r.err()).isEqualTo(0);
      List<Path> files;
      try (Stream<Path> s = Files.list(all)) {
        files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      Set<String> texts = new HashSet<>();
      for (Path f : files) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        // IndoSum holds a few exact repeats; keep distinct texts so the expected count is exact.
        if (texts.add(text)) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
        if (texts.size() == ARTICLES) {
          break;
        }
      }
      return dir;
    }
    Random rnd = new Random(42);
    String[] places = {
      "Bekasi", "Bogor", "Garut", "Cianjur", "Lebak", "Sleman", "Klaten", "Bantul"
    };
    String[] what = {"banjir", "tanah longsor", "kebakaran", "angin puting beliung", "gempa"};
    for (int i = 0; i < ARTICLES; i++) {
      String place = places[rnd.nextInt(places.length)];
      String w = what[rnd.nextInt(what.length)];
      int n = 2 + rnd.nextInt(500);
      List<String> lines = new ArrayList<>();
      lines.add("Warga " + place + " Terdampak " + w + " Nomor " + i);
      lines.add("");
      lines.add(
          "Sebanyak "
              + n
              + " rumah di "
              + place
              + " rusak akibat "
              + w
              + " pada Senin pagi, kata"
              + " petugas BPBD setempat kepada wartawan.");
      lines.add("");
      lines.add("Petugas mendata " + (n * 3 + i) + " warga yang mengungsi ke balai desa.");
      Files.write(dir.resolve(String.format("artikel-%03d.txt", i)), lines, StandardCharsets.UTF_8);
    }
    return dir;
  }
}
