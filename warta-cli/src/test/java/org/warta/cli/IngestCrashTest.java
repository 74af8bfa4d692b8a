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
 * destroyForcibly()} (SIGKILL) after it has committed at least once; a rerun must leave exactly the
 * documents and ids of an uninterrupted ingest, and a third run must add nothing.
 */
class IngestCrashTest {
  private static final int ARTICLES = 300;
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

    Process child = startIngest(crashed, corpus);
    int atKill = waitForFirstCommit(child, crashed);
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Set<String> survived = ids(crashed);
    assertThat(survived.size()).as("committed before the kill").isGreaterThanOrEqualTo(atKill);
    assertThat(expected).containsAll(survived);

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

  /** Waits until the child's index has a commit with documents; returns how many. */
  private static int waitForFirstCommit(Process child, Path index) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      assertThat(child.isAlive())
          .as("the child ingest ended before it could be killed; see child.log")
          .isTrue();
      if (Files.isDirectory(index)) {
        try (Directory d = FSDirectory.open(index)) {
          if (DirectoryReader.indexExists(d)) {
            try (DirectoryReader r = DirectoryReader.open(d)) {
              if (r.numDocs() > 0) {
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
