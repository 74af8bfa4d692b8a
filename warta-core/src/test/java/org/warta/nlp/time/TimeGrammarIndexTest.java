package org.warta.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.lang.id.IndonesianTime;

/** The speed-ups of the grammar's word index must not change which rules a word can start. */
class TimeGrammarIndexTest {
  private final TimeGrammar grammar = IndonesianTime.grammar();

  @Test
  void sharedCaseInsensitiveProbingGivesTheSameIndexAsProbingEveryForm() {
    Map<String, int[]> shared = grammar.rulesByWord(grammar.ruleWords(), true);
    Map<String, int[]> every = grammar.rulesByWord(grammar.ruleWords(), false);
    assertThat(shared.keySet()).isEqualTo(every.keySet()).contains("Januari", "JUMAT", "pekan");
    for (Map.Entry<String, int[]> e : every.entrySet()) {
      assertThat(shared.get(e.getKey())).as(e.getKey()).containsExactly(e.getValue());
    }
  }

  @Test
  void wordsOutsideTheGrammarStartNoRuleWhateverTheirCase() {
    // "Presiden", "yang", "BNPB" occur in no rule: the hash filter rejects them; a time word
    // passes.
    TimeStage stage = new TimeStage(grammar);
    org.warta.pipeline.AnnotatedArticle a =
        org.warta.pipeline.AnnotatedArticle.of(
            "Presiden yang memimpin BNPB tiba pada Senin (3/8) PAGI.",
            java.time.LocalDate.of(2020, 8, 5));
    stage.process(a);
    assertThat(a.get(org.warta.pipeline.Layers.TIMES))
        .extracting(org.warta.model.TimeExpression::text)
        .containsExactly("Senin (3/8) PAGI");
  }
}
