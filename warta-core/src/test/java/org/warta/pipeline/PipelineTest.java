package org.warta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warta.model.CharSpan;
import org.warta.model.Sentence;

class PipelineTest {
  /** A stage with declared layers that writes what it is told to. */
  private record FakeStage(
      String name, Set<LayerKey<?>> requires, Set<LayerKey<?>> produces, boolean keepsPromise)
      implements Stage {
    @Override
    public void process(AnnotatedArticle article) {
      if (keepsPromise && produces.contains(Layers.SENTENCES)) {
        article.put(Layers.SENTENCES, List.of(new Sentence(0, article.text().length())));
      }
    }
  }

  @Test
  void rejectsAStageWhoseInputIsNotProducedEarlier() {
    Stage needsSentences =
        new FakeStage("x", Set.of(Layers.SENTENCES), Set.of(Layers.ENTITIES), true);
    assertThatThrownBy(() -> Pipeline.builder().add(needsSentences))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requires layer 'sentences'");
  }

  @Test
  void rejectsTwoProducersOfOneLayer() {
    Stage a = new FakeStage("a", Set.of(), Set.of(Layers.SENTENCES), true);
    Stage b = new FakeStage("b", Set.of(), Set.of(Layers.SENTENCES), true);
    assertThatThrownBy(() -> Pipeline.builder().add(a).add(b))
        .hasMessageContaining("already produced");
  }

  @Test
  void checksThatAStageKeepsItsPromise() {
    Stage liar = new FakeStage("liar", Set.of(), Set.of(Layers.SENTENCES), false);
    Pipeline p = Pipeline.builder().add(liar).build();
    assertThatThrownBy(() -> p.process(AnnotatedArticle.of("Judul\n\nIsi.", null)))
        .hasMessageContaining("did not produce layer 'sentences'");
  }

  @Test
  void runsStagesInOrderAndTimesThem() {
    Stage a = new FakeStage("a", Set.of(Layers.PARAGRAPHS), Set.of(Layers.SENTENCES), true);
    Pipeline p = Pipeline.builder().add(a).build();
    AnnotatedArticle article = AnnotatedArticle.of("Judul\n\nIsi.", null);
    p.process(article);
    assertThat(article.get(Layers.SENTENCES)).hasSize(1);
    assertThat(p.stageNanos()).containsKey("a");
  }

  @Test
  void layersAreTypeChecked() {
    AnnotatedArticle article = AnnotatedArticle.of("x", null);
    @SuppressWarnings({"unchecked", "rawtypes"})
    LayerKey<Object> raw = (LayerKey) Layers.LANGUAGE;
    assertThatThrownBy(() -> article.put(raw, 42)).hasMessageContaining("expects String");
    assertThatThrownBy(() -> article.get(Layers.TIMES)).hasMessageContaining("not been produced");
  }

  @Test
  void paragraphsSplitOnBlankLines() {
    String text = "Judul\n\nSatu dua.\n\n\nTiga.";
    assertThat(Paragraphs.split(text))
        .containsExactly(new CharSpan(0, 5), new CharSpan(7, 16), new CharSpan(19, 24));
  }
}
