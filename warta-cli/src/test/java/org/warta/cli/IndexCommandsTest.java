package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index commands end to end on three reports of one (fictional, written for this test) flood by
 * different outlets, with death tolls that rise from 3 to 5, and one unrelated article.
 */
class IndexCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path index;
  static IngestCrashTest.Result ingest;

  private static final String A =
      "Banjir Bandang Terjang Garut, Tiga Orang Meninggal\n\n"
          + "Banjir bandang menerjang Kecamatan Cikajang, Kabupaten Garut, Jawa Barat, pada Selasa"
          + " malam. Badan Penanggulangan Bencana Daerah (BPBD) Garut mencatat tiga orang meninggal"
          + " dunia.\n\n"
          + "Kepala BPBD Garut Dadang Sunarya mengatakan tim gabungan masih mencari korban di"
          + " sepanjang Sungai Cimanuk. \"Kami mengirimkan dua perahu karet ke lokasi,\" kata"
          + " Dadang.\n";
  private static final String B =
      "Korban Banjir Bandang Garut Bertambah Menjadi Lima Orang\n\n"
          + "Korban banjir bandang di Kecamatan Cikajang, Kabupaten Garut, bertambah menjadi"
          + " lima orang meninggal dunia, kata Kepala BPBD Garut Dadang Sunarya pada Kamis.\n\n"
          + "Badan Penanggulangan Bencana Daerah Garut menyebut 120 rumah rusak dan sekitar 400"
          + " warga mengungsi ke balai desa. Tim SAR gabungan menyisir Sungai Cimanuk.\n";
  private static final String C =
      "Banjir Bandang Garut: BPBD Catat Tiga Korban Jiwa\n\n"
          + "BPBD Garut mencatat tiga korban jiwa akibat banjir bandang yang menerjang Kecamatan"
          + " Cikajang, Kabupaten Garut, pada Selasa malam.\n\n"
          + "Dadang Sunarya dari BPBD Garut mengatakan warga di bantaran Sungai Cimanuk diminta"
          + " waspada karena hujan deras masih turun.\n";
  private static final String D =
      "Harga Cabai Rawit di Pasar Induk Naik Dua Kali Lipat\n\n"
          + "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 90.000 per kilogram"
          + " menjelang akhir pekan, kata pedagang setempat.\n";

  @BeforeAll
  static void ingest() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), A, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.txt"), B, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("c.txt"), C, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("d.txt"), D, StandardCharsets.UTF_8);
    Files.write(
        in.resolve("INDEX.tsv"),
        List.of(
            "file\tlanguage\tpublished\tsource\turl",
            "a.txt\tid\t2025-02-04T22:10+07:00\tKabar Priangan\thttps://priangan.example/a",
            "b.txt\tid\t2025-02-06T09:00+07:00\tWarta Jabar\thttps://jabar.example/b",
            "c.txt\tid\t2025-02-04\tHarian Garut\thttps://garut.example/c",
            "d.txt\tid\t2025-02-05\tKabar Kota\thttps://kota.example/d"),
        StandardCharsets.UTF_8);
    index = dir.resolve("idx");
    ingest = IngestCrashTest.run("ingest", "--index", index.toString(), in.toString());
  }

  private static JsonNode json(String... args) throws Exception {
    IngestCrashTest.Result r = IngestCrashTest.run(args);
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    return JSON.readTree(r.out());
  }

  @Test
  void ingestPrintsTheSummaryLine() {
    assertThat(ingest.code()).as(ingest.err()).isEqualTo(0);
    assertThat(ingest.out()).startsWith("ingested 4, duplicates 0, skipped 0;");
  }

  @Test
  void searchFindsStemmedFormsWithFacets() throws Exception {
    JsonNode r = json("search", "--index", index.toString(), "--format", "json", "kirim");
    assertThat(r.get("total").asInt()).isEqualTo(1);
    assertThat(r.get("hits").get(0).get("snippets").get(0).asText()).contains("<b>mengirimkan</b>");
    JsonNode g =
        json(
            "search",
            "--index",
            index.toString(),
            "--format",
            "json",
            "banjir",
            "--from",
            "2025-02-05");
    assertThat(g.get("total").asInt()).isEqualTo(1);
    assertThat(g.get("facets").get("outlet").get(0).get("value").asText()).isEqualTo("Warta Jabar");
    IngestCrashTest.Result bad =
        IngestCrashTest.run("search", "--index", index.toString(), "--from", "kemarin", "x");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("not a date");
  }

  @Test
  void figuresFlagTheRisingTollAsAConflict() throws Exception {
    JsonNode slots =
        json("figures", "--index", index.toString(), "--format", "json", "--category", "killed");
    JsonNode toll = null;
    for (JsonNode s : slots) {
      if (s.get("place").isNull() && s.get("values").size() >= 3) {
        toll = s;
      }
    }
    assertThat(toll).as(slots.toPrettyString()).isNotNull();
    assertThat(toll.get("conflict").asBoolean()).isTrue();
    assertThat(toll.get("conflictKind").asText()).isEqualTo("update");
    assertThat(toll.get("values").get(0).get("source")).isNotNull();
  }

  @Test
  void statsAndEntityPages() throws Exception {
    JsonNode s = json("stats", "--index", index.toString(), "--format", "json");
    assertThat(s.get("articles").asInt()).isEqualTo(4);
    assertThat(s.get("stories").asInt()).isEqualTo(2);
    assertThat(s.get("conflicts").asInt()).isGreaterThanOrEqualTo(1);
    for (String f : new String[] {"entities", "quantities"}) {
      assertThat(s.get(f).asInt()).isPositive();
    }
    JsonNode page =
        json("entity", "--index", index.toString(), "--format", "json", "bpbd", "garut");
    assertThat(page.get("articles").size()).isEqualTo(3);
    IngestCrashTest.Result none =
        IngestCrashTest.run("entity", "--index", index.toString(), "Atlantis");
    assertThat(none.code()).isEqualTo(ExitCodes.SOME_SKIPPED);
  }

  @Test
  void exportsAllThreeFormats() throws Exception {
    Path out = dir.resolve("out");
    assertThat(
            IngestCrashTest.run(
                    "export",
                    "--index",
                    index.toString(),
                    "--format",
                    "csv",
                    "--out",
                    out.toString())
                .code())
        .isZero();
    for (String t :
        new String[] {
          "articles", "entities", "quantities", "times", "quotes", "claims", "events"
        }) {
      List<String> lines = Files.readAllLines(out.resolve(t + ".csv"));
      assertThat(lines.get(0)).startsWith("article,");
    }
    assertThat(Files.readAllLines(out.resolve("articles.csv"))).hasSize(5);
    assertThat(
            IngestCrashTest.run(
                    "export",
                    "--index",
                    index.toString(),
                    "--format",
                    "gkg",
                    "--out",
                    out.toString())
                .code())
        .isZero();
    List<String> gkg = Files.readAllLines(out.resolve("warta.gkg.csv"));
    assertThat(gkg).hasSize(4);
    for (String row : gkg) {
      assertThat(row.split("\t", -1)).hasSize(27);
    }
    assertThat(String.join("\n", gkg)).contains("KILL#5#orang").contains("20250206090000-");
    Path jsonlDir = dir.resolve("export-jsonl");
    assertThat(
            IngestCrashTest.run(
                    "export",
                    "--index",
                    index.toString(),
                    "--format",
                    "jsonl",
                    "--out",
                    jsonlDir.toString())
                .code())
        .isZero();
    assertThat(Files.readAllLines(jsonlDir.resolve("records.jsonl"))).hasSize(4);
  }

  @Test
  void missingIndexIsAUsageError() {
    IngestCrashTest.Result r =
        IngestCrashTest.run("stats", "--index", dir.resolve("nothing").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no Warta index");
  }
}
