package org.warta.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.examples.ExampleArticles;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.RawArticle;
import org.warta.model.ArticleRecord;

class RecordJsonReaderTest {
  private final RecordJsonWriter writer = new RecordJsonWriter();
  private final RecordJsonReader reader = new RecordJsonReader();

  @Test
  void readingWhatTheWriterWroteGivesTheSameLine() throws Exception {
    ArticleAnalyzer analyzer = ArticleAnalyzer.standard();
    for (RawArticle raw : ExampleArticles.all()) {
      String line = writer.toJson(analyzer.analyze(raw), raw.content());
      ArticleRecord back = reader.read(line);
      assertThat(writer.toJson(back, null)).isEqualTo(line);
    }
    // supplementary characters: code points in JSON, UTF-16 inside
    RawArticle emoji =
        new RawArticle(
            "-",
            "Warga 😀 Bersorak di Alun-alun\n\nSebanyak 200 warga 🎉 berkumpul di alun-alun Kota"
                + " Bogor pada Minggu pagi.",
            new ArticleMetadata(null, null, "2025-03-09", null));
    ArticleRecord r = analyzer.analyze(emoji);
    String line = writer.toJson(r, emoji.content());
    ArticleRecord back = reader.read(line);
    assertThat(back.quantities()).isEqualTo(r.quantities());
    assertThat(back.entities()).isEqualTo(r.entities());
    assertThat(writer.toJson(back, null)).isEqualTo(line);
    // an input read as Windows-1252 says so, and the reader keeps it
    RawArticle legacy =
        new RawArticle(
            "lama.txt",
            "Harga Naik\n\nHarga beras naik di caf\u00e9 itu.",
            ArticleMetadata.NONE,
            org.warta.ingest.ContentType.TEXT,
            "windows-1252");
    String legacyLine = writer.toJson(analyzer.analyze(legacy), legacy.content());
    assertThat(legacyLine).contains("\"encoding\":\"windows-1252\"");
    assertThat(reader.read(legacyLine).source().encoding()).isEqualTo("windows-1252");
    assertThat(writer.toJson(reader.read(legacyLine), null)).isEqualTo(legacyLine);
  }

  @Test
  void refusesRecordsWhoseOffsetsDoNotMatch() {
    String bad =
        "{\"id\":\"x\",\"source\":{},\"language\":\"id\",\"title\":\"T\",\"text\":\"Gempa kuat\","
            + "\"entities\":[{\"id\":\"e1\",\"type\":\"LOCATION\",\"name\":\"Gempa\","
            + "\"mentions\":[{\"text\":\"Gempa\",\"start\":1,\"end\":6}]}]}";
    assertThatThrownBy(() -> reader.read(bad))
        .isInstanceOf(RecordJsonReader.BadRecordException.class)
        .hasMessageContaining("does not match");
    assertThatThrownBy(() -> reader.read("[1,2]")).hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> reader.read("{\"text\":\"a\"}")).hasMessageContaining("'id'");
  }
}
