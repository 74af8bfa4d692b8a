package org.warta.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class NasalPrefixFilterTest {
  private static List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer a = IndexSchema.analyzer();
        TokenStream ts = a.tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void restoresTheSwallowedConsonant() throws IOException {
    assertThat(terms("mengirimkan")).contains("kirim");
    assertThat(terms("menulis")).contains("tulis");
    assertThat(terms("memukul")).contains("pukul");
    assertThat(terms("pengiriman")).contains("kirim");
    assertThat(terms("kirim")).containsExactly("kirim");
    assertThat(terms("mengambil")).contains("ambil");
  }

  @Test
  void leavesOtherWordsAlone() {
    assertThat(NasalPrefixFilter.restored("gempa")).isNull();
    assertThat(NasalPrefixFilter.restored("mendata")).isNull();
    assertThat(NasalPrefixFilter.restored("menyapu")).isNull();
  }
}
