package org.warta.eval.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
  private static final String HEAD =
      "<?xml version=\"1.0\" ?>\r\n<TimeML>\r\n<DOCID>doc-1</DOCID>\r\n"
          + "<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"2013-12-4\""
          + " functionInDocument=\"CREATION_TIME\">Rabu, 4 Desember 2013</TIMEX3></DCT>\r\n"
          + "<TITLE>Harga &amp; Pasokan</TITLE>\r\n";

  @Test
  void derivesTheTextAsTheGuidelineSays(@TempDir Path dir) throws Exception {
    String body = "\r\nAngkot 56 & 461 \u201cberhenti\u201d\rKamis.\r\n";
    Path f = dir.resolve("a.tml");
    Files.write(
        f,
        (HEAD + "<TEXT>" + body + "</TEXT>\r\n</TimeML>")
            .getBytes(Charset.forName("windows-1252")));
    TimeMlDocument d = TimeMlReader.read(f);
    assertThat(d.docId()).isEqualTo("doc-1");
    assertThat(d.dct()).isEqualTo(LocalDate.of(2013, 12, 4));
    assertThat(d.title()).isEqualTo("Harga & Pasokan");
    // windows-1252 curly quotes decoded, CRLF and lone CR normalised, bare & kept, nothing trimmed
    assertThat(d.text()).isEqualTo("\nAngkot 56 & 461 \u201cberhenti\u201d\nKamis.\n");
    assertThat(d.timexes()).isEmpty();
  }

  @Test
  void utf8IsPreferredWhenValid(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("b.tml");
    Files.writeString(f, HEAD + "<TEXT>\nCaf\u00e9 \u2013 buka\n</TEXT>", StandardCharsets.UTF_8);
    assertThat(TimeMlReader.read(f).text()).isEqualTo("\nCaf\u00e9 \u2013 buka\n");
  }

  @Test
  void inlineTimexTagsBecomeSpansAndEntitiesAreDecoded() {
    TimeMlDocument d =
        TimeMlReader.parse(
            HEAD
                + "<TEXT>\nHarga &lt;naik&gt; pada <TIMEX3 tid=\"t1\" type=\"DATE\""
                + " value=\"2013-12-03\">Selasa (3/12/2013)</TIMEX3> &#38; <EVENT eid=\"e1\">turun"
                + "</EVENT> <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\">tiga hari</TIMEX3>."
                + "\n</TEXT>",
            "x");
    assertThat(d.text()).isEqualTo("\nHarga <naik> pada Selasa (3/12/2013) & turun tiga hari.\n");
    assertThat(d.timexes())
        .extracting(t -> t.tid() + ":" + t.type() + ":" + t.value() + ":" + t.text())
        .containsExactly("t1:DATE:2013-12-03:Selasa (3/12/2013)", "t2:DURATION:P3D:tiga hari");
    for (Timex t : d.timexes()) {
      assertThat(d.text().substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void missingTextIsAClearError() {
    assertThatThrownBy(() -> TimeMlReader.parse("<TimeML><DCT/></TimeML>", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<TEXT>");
  }

  @Test
  void writerOutputReadsBackToTheSameTextAndSpans() {
    String text = "\nTarif \"baru\" <berlaku> 5 & 6 Januari 2015, kata <b>dia</b>.\n";
    int s = text.indexOf("Januari 2015");
    List<Timex> spans = List.of(new Timex("t1", s, s + 12, "DATE", "2015-01", "Januari 2015"));
    String xml = TimeMlWriter.write("d&1", LocalDate.of(2014, 12, 30), "A < B", text, spans);
    assertThat(xml).contains("&lt;berlaku&gt;").contains("5 &amp; 6").doesNotContain("<b>");
    TimeMlDocument back = TimeMlReader.parse(xml, "x");
    assertThat(back.docId()).isEqualTo("d&1");
    assertThat(back.title()).isEqualTo("A < B");
    assertThat(back.dct()).isEqualTo(LocalDate.of(2014, 12, 30));
    assertThat(back.text()).isEqualTo(text);
    assertThat(back.timexes())
        .extracting(t -> t.start() + "-" + t.end() + ":" + t.type() + ":" + t.value())
        .containsExactly(s + "-" + (s + 12) + ":DATE:2015-01");
  }
}
