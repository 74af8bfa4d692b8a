package org.warta.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
  private static List<ConllSentence> read(String s) throws IOException {
    return ConllReader.read(new BufferedReader(new StringReader(s)), "test");
  }

  @Test
  void readsTokenPosTagWithCrlf() throws IOException {
    List<ConllSentence> s =
        read("Bupati NOUN O\r\nBogor PROPN B-LOC\r\n\r\nIa PRON O\r\ntiba VERB O\r\n");
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tokens()).containsExactly("Bupati", "Bogor");
    assertThat(s.get(0).tags()).containsExactly("O", "B-LOC");
    assertThat(s.get(1).firstLine()).isEqualTo(4);
  }

  @Test
  void readsTabSeparatedTokenTag() throws IOException {
    List<ConllSentence> s = read("-DOCSTART- O\n\nKPK\tB-ORGANISATION\nmemeriksa\tO\n\n\n");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).tokens()).containsExactly("KPK", "memeriksa");
    assertThat(s.get(0).tags()).containsExactly("B-ORGANISATION", "O");
  }

  @Test
  void reportsBadLinesWithTheirNumber() {
    assertThatThrownBy(() -> read("Jakarta B-LOC\nkemarin\n")).hasMessageContaining("test:2");
    assertThatThrownBy(() -> read("Jakarta E-LOC\n")).hasMessageContaining("test:1");
  }
}
