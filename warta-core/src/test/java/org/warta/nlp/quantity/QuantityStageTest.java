package org.warta.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.lang.id.IndonesianQuantityLexicon;
import org.warta.model.Approx;
import org.warta.model.Quantity;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;

class QuantityStageTest {
  private static final QuantityStage STAGE = new QuantityStage(IndonesianQuantityLexicon.load());

  static List<Quantity> run(String text, String language) {
    AnnotatedArticle a = AnnotatedArticle.of(text, null);
    a.put(Layers.LANGUAGE, language);
    a.put(Layers.SENTENCES, List.of());
    STAGE.process(a);
    List<Quantity> qs = a.get(Layers.QUANTITIES);
    for (Quantity q : qs) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    return qs;
  }

  static List<Quantity> run(String text) {
    return run(text, "id");
  }

  @Test
  void hedgedCountsWithObjectAndCategory() {
    String text =
        "Banjir bandang di lereng gunung\n\n"
            + "Pemerintah mengerahkan sekitar 2.500 personel gabungan ke lokasi. Setidaknya 1.200 dari"
            + " warga yang mengungsi telah kembali, namun hampir 300 orang tewas dan puluhan lainnya"
            + " luka-luka.";
    List<Quantity> qs = run(text);
    assertThat(qs)
        .extracting(Quantity::text)
        .containsExactly("sekitar 2.500", "Setidaknya 1.200", "hampir 300", "puluhan");
    Quantity deployed = qs.get(0);
    assertThat(deployed.value()).isEqualTo(2500);
    assertThat(deployed.approx()).isEqualTo(Approx.ABOUT);
    assertThat(deployed.object()).isEqualTo("personel");
    assertThat(deployed.category()).isEqualTo("deployed");
    Quantity atLeast = qs.get(1);
    assertThat(atLeast.low()).isEqualTo(1200.0);
    assertThat(atLeast.high()).isNull();
    assertThat(atLeast.approx()).isEqualTo(Approx.AT_LEAST);
    assertThat(atLeast.object()).isEqualTo("warga");
    assertThat(atLeast.category()).isEqualTo("displaced");
    assertThat(qs.get(2).approx()).isEqualTo(Approx.CLOSE_TO);
    assertThat(qs.get(2).category()).isEqualTo("killed");
    Quantity vague = qs.get(3);
    assertThat(vague.approx()).isEqualTo(Approx.VAGUE);
    assertThat(vague.low()).isEqualTo(20.0);
    assertThat(vague.high()).isEqualTo(90.0);
    assertThat(vague.object()).isEqualTo("orang");
    assertThat(vague.category()).isEqualTo("injured");
  }
}
