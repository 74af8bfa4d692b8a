package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n"));
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = WartaCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static final String ARTICLE =
      "Banjir Rendam Ratusan Rumah di Bekasi\n\n"
          + "Banjir setinggi 1,5 meter merendam sekitar 600 rumah di Bekasi pada Jumat lalu.\n\n"
          + "Baca juga: Hujan Deras Diprediksi Hingga Akhir Pekan\n\n"
          + "Sebanyak 1.200 warga mengungsi ke masjid terdekat.";

  @Test
  void printsOneJsonRecordPerArticle() throws Exception {
    Path f = write("banjir.txt", ARTICLE);
    Result r = run("analyze", "--published", "2025-03-08", f.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.lines()).hasSize(1);
    JsonNode n = new ObjectMapper().readTree(r.lines().get(0));
    assertThat(n.get("title").asText()).isEqualTo("Banjir Rendam Ratusan Rumah di Bekasi");
    assertThat(n.get("published").asText()).isEqualTo("2025-03-08");
    assertThat(n.get("source").get("path").asText()).isEqualTo(f.toString());
    assertThat(n.get("removed").get(0).get("reason").asText()).isEqualTo("related-article");
    assertThat(n.get("text").asText()).doesNotContain("Baca juga");
  }

  @Test
  void sameInputGivesSameId() throws Exception {
    Path a = write("a.txt", ARTICLE);
    Path b = write("b.txt", ARTICLE + "\n\nSCROLL TO CONTINUE WITH CONTENT\n");
    Result r = run("analyze", a.toString(), b.toString());
    ObjectMapper m = new ObjectMapper();
    assertThat(m.readTree(r.lines().get(0)).get("id"))
        .isEqualTo(m.readTree(r.lines().get(1)).get("id"));
  }

  @Test
  void badInputsAreSkippedWithOneClearLineEachAndTheRestIsProcessed() throws Exception {
    write("1-good.txt", ARTICLE);
    write("2-empty.txt", "");
    Files.write(dir.resolve("3-binary.txt"), new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2});
    Files.write(
        dir.resolve("4-latin.txt"),
        "Judul\n\nHarga \u201cnaik\u201d".getBytes(Charset.forName("windows-1252")));
    Files.createSymbolicLink(dir.resolve("5-broken.txt"), dir.resolve("missing-target.txt"));
    write("6-good.txt", ARTICLE.replace("Bekasi", "Depok"));
    Result r = run("analyze", "--max-bytes", "100000", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines()).hasSize(2);
    List<String> errors = List.of(r.err().split("\n"));
    assertThat(errors)
        .anySatisfy(l -> assertThat(l).contains("2-empty.txt").contains("empty file"));
    assertThat(errors)
        .anySatisfy(l -> assertThat(l).contains("3-binary.txt").contains("binary file"));
    assertThat(errors)
        .anySatisfy(l -> assertThat(l).contains("4-latin.txt").contains("invalid UTF-8"));
    assertThat(errors)
        .anySatisfy(l -> assertThat(l).contains("5-broken.txt").contains("no such file"));
    assertThat(errors).last().asString().contains("2 analyzed, 4 skipped");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void hugeFileIsSkippedWithoutReadingIt() throws Exception {
    Path big = dir.resolve("big.txt");
    byte[] line =
        "Kalimat berita yang diulang-ulang untuk membuat berkas besar.\n"
            .getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Result r = run("analyze", big.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("big.txt").contains("too large").contains("--max-bytes");
  }

  @Test
  void encodingAutoReadsLegacyFiles() throws Exception {
    Path f = dir.resolve("latin.txt");
    Files.write(
        f, "Judul\n\nHarga \u201cnaik\u201d lagi.".getBytes(Charset.forName("windows-1252")));
    Result r = run("analyze", "--encoding", "auto", f.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("Harga “naik” lagi.");
  }

  @Test
  void usageErrorsSayWhatIsWrong() {
    Result r = run("analyze", "--published", "kemarin", "x.txt");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--published").contains("kemarin");
    Result missing = run("analyze", dir.resolve("nope.txt").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.txt: no such file or directory");
  }

  @Test
  void indexTsvSuppliesMetadata() throws Exception {
    write("x.txt", ARTICLE);
    write(
        "INDEX.tsv",
        "file\tlanguage\tpublished\tsource\turl\nx.txt\tid\t2019-08-03T16:40+07:00\tHarian Contoh\thttps://contoh.example/x\n");
    Result r = run("analyze", dir.toString());
    JsonNode n = new ObjectMapper().readTree(r.lines().get(0));
    assertThat(n.get("published").asText()).isEqualTo("2019-08-03T16:40+07:00");
    assertThat(n.get("source").get("outlet").asText()).isEqualTo("Harian Contoh");
    assertThat(n.get("source").get("url").asText()).isEqualTo("https://contoh.example/x");
  }

  @Test
  void textFormatIsAReport() throws Exception {
    Path f = write("banjir.txt", ARTICLE);
    Result r = run("analyze", "--format", "text", f.toString());
    assertThat(r.out())
        .startsWith("== Banjir Rendam Ratusan Rumah di Bekasi")
        .contains("-- Removed (1)");
  }

  @Test
  void demoRunsOnTheBundledExamples() {
    Result r = run("demo", "--format", "json");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.lines()).hasSizeGreaterThanOrEqualTo(5);
  }
}
