package org.warta.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver-side pieces of the job that need no SparkSession. */
class JobPlanningTest {
  @Test
  void mergeKeepsTheFirstAnalysedCopyAndCountsAll() {
    Outcome a = Outcome.article(5, "abc", "a.txt", "id", "2024-03", "{a}", null);
    Outcome b = Outcome.article(2, "abc", "b.txt", "id", "2024-03", "{b}", null);
    Outcome marker = Outcome.duplicate(1, "abc", "c.txt");
    Outcome ab = Outcome.merge(a, b);
    assertThat(ab.source()).isEqualTo("b.txt");
    assertThat(ab.copies()).isEqualTo(2);
    // A marker never wins over an analysed copy, whatever its position; the order of merging
    // does not matter.
    assertThat(Outcome.merge(marker, ab).source()).isEqualTo("b.txt");
    assertThat(Outcome.merge(ab, marker).copies()).isEqualTo(3);
    assertThat(Outcome.merge(Outcome.merge(a, marker), b).source()).isEqualTo("b.txt");
  }

  @Test
  void rejectsNeverMergeWithEachOther() {
    Outcome r1 = Outcome.reject(1, "x.warc", "not a WARC file (…)");
    Outcome r2 = Outcome.reject(2, "x.warc", "not a WARC file (…)");
    assertThat(r1.dedupKey()).isNotEqualTo(r2.dedupKey());
    assertThat(Outcome.article(1, "abc", "a", "id", "unknown", "{}", null).dedupKey())
        .isEqualTo("abc");
  }

  @Test
  void slicesAreContiguousAndBalancedByBytes() {
    List<InputFile> files = new ArrayList<>();
    long[] sizes = {1_000_000, 10, 10, 10, 10, 10, 500_000, 500_000, 10, 10};
    for (int i = 0; i < sizes.length; i++) {
      files.add(
          new InputFile(
              i, "file:/x/" + i, "/x/" + i, InputFile.Kind.WARC, sizes[i], null, null, null, null));
    }
    List<List<InputFile>> slices = WartaSparkJob.slices(files, 3);
    assertThat(slices).hasSize(3);
    // The big file alone; order kept across slices.
    assertThat(slices.get(0)).extracting(InputFile::index).containsExactly(0);
    List<Integer> order = new ArrayList<>();
    slices.forEach(s -> s.forEach(f -> order.add(f.index())));
    assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(WartaSparkJob.slices(List.of(), 4)).isEmpty();
    assertThat(WartaSparkJob.slices(files, 100)).hasSizeLessThanOrEqualTo(files.size());
  }

  @Test
  void ordinalsSortByFileThenItem() {
    InputFile f1 = new InputFile(1, "u", "n", InputFile.Kind.WARC, 1, null, null, null, null);
    InputFile f2 = new InputFile(2, "u", "n", InputFile.Kind.WARC, 1, null, null, null, null);
    assertThat(PartitionAnalyzer.ordinal(f1, 70_000)).isLessThan(PartitionAnalyzer.ordinal(f2, 0));
    assertThat(PartitionAnalyzer.ordinal(f1, 3)).isLessThan(PartitionAnalyzer.ordinal(f1, 4));
  }

  @Test
  void monthOfPublicationDate() {
    assertThat(TableRows.month("2019-08-03T16:40+07:00")).isEqualTo("2019-08");
    assertThat(TableRows.month("2025-08-30")).isEqualTo("2025-08");
    assertThat(TableRows.month(null)).isEqualTo("unknown");
    assertThat(TableRows.month("Agustus 2019")).isEqualTo("unknown");
  }

  @Test
  void listingNamesLocalFilesAsAnalyzeDoesAndReadsIndexTsv(@TempDir Path dir) throws Exception {
    Path news = Files.createDirectories(dir.resolve("berita"));
    Files.writeString(news.resolve("b.txt"), "Judul\n\nIsi berita.\n");
    Files.writeString(news.resolve("a.html"), "<html><body><p>Isi</p></body></html>");
    Files.writeString(news.resolve(".tersembunyi.txt"), "x");
    Files.writeString(news.resolve("_SUCCESS"), "");
    Files.writeString(news.resolve("foto.jpg"), "x");
    Files.write(news.resolve("arsip.warc.gz"), new byte[] {1});
    Files.write(news.resolve("ekspor.jsonl"), "{}\n".getBytes(StandardCharsets.UTF_8));
    Files.writeString(
        news.resolve("INDEX.tsv"),
        "file\tpublished\tsource\turl\nb.txt\t2024-03-05\tKabar Pesisir\thttps://example.org/b\n");
    InputLister l = new InputLister(new Configuration()).list(List.of(news.toString()));
    assertThat(l.files())
        .extracting(InputFile::name)
        .containsExactly(
            news.resolve("a.html").toString(),
            news.resolve("arsip.warc.gz").toString(),
            news.resolve("b.txt").toString(),
            news.resolve("ekspor.jsonl").toString());
    assertThat(l.files())
        .extracting(InputFile::kind)
        .containsExactly(
            InputFile.Kind.ARTICLE,
            InputFile.Kind.WARC,
            InputFile.Kind.ARTICLE,
            InputFile.Kind.JSONL);
    InputFile b = l.files().get(2);
    assertThat(b.published()).isEqualTo("2024-03-05");
    assertThat(b.outlet()).isEqualTo("Kabar Pesisir");
    assertThat(b.uri()).startsWith("file:");
    assertThat(l.rejects()).hasSize(1);
    assertThat(l.rejects().get(0).input()).endsWith("foto.jpg");
    assertThat(l.rejects().get(0).reason()).startsWith("unsupported file type (.jpg)");

    InputLister missing =
        new InputLister(new Configuration()).list(List.of(dir.resolve("tidak-ada").toString()));
    assertThat(missing.files()).isEmpty();
    assertThat(missing.rejects().get(0).reason()).isEqualTo("no such file or directory");
  }
}
