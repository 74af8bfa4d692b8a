package org.warta.eval.conll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.lang.id.IndonesianEntityLexicon;
import org.warta.nlp.entity.EntityStage;

class EntityStageTaggerTest {
  @Test
  void mapsEntityMentionsBackToWholeWords() {
    EntityStageTagger tagger =
        new EntityStageTagger(
            EntityStage.of(IndonesianEntityLexicon.load(), EntityStage.Mode.RULES, List.of()));
    List<String> words =
        List.of("Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "pada", "Senin", ".");
    List<String> tags = tagger.tagWords(words);
    assertThat(tags).hasSize(words.size());
    assertThat(tags.get(1)).isEqualTo("B-PER");
    assertThat(tags.get(2)).isEqualTo("I-PER");
    assertThat(tags.get(5)).isEqualTo("B-LOC");
    assertThat(tags.get(7)).isEqualTo("O");
  }
}
