package org.warta.eval.ud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.eval.Counts;
import org.warta.model.CharSpan;
import org.warta.nlp.segment.SentenceTokenStage;

class SegmentationEvaluationTest {
  // Three sentences written for this test. The first is a headline without final punctuation;
  // the third has a multiword token (tidaklah = tidak + lah) and ends in a quote.
  private static final String CONLLU =
      """
      # sent_id = t-1
      # text = Banjir rendam Bekasi
      1	Banjir	banjir	NOUN	_	_	2	nsubj	_	_
      2	rendam	rendam	VERB	_	_	0	root	_	_
      3	Bekasi	Bekasi	PROPN	_	_	2	obj	_	_

      # sent_id = t-2
      # text = Dr. Rina tiba pukul 09.15.
      1	Dr	dr	NOUN	_	_	2	nmod	_	SpaceAfter=No
      2	.	.	PUNCT	_	_	1	punct	_	_
      3	Rina	Rina	PROPN	_	_	4	nsubj	_	_
      4	tiba	tiba	VERB	_	_	0	root	_	_
      5	pukul	pukul	NOUN	_	_	4	obl	_	_
      6	09.15	09.15	NUM	_	_	5	nummod	_	SpaceAfter=No
      7	.	.	PUNCT	_	_	4	punct	_	_

      # sent_id = t-3
      # text = "Air tidaklah surut."
      1	"	"	PUNCT	_	_	4	punct	_	SpaceAfter=No
      2	Air	air	NOUN	_	_	4	nsubj	_	_
      3-4	tidaklah	_	_	_	_	_	_	_	_
      3	tidak	tidak	PART	_	_	5	advmod	_	_
      4	lah	lah	PART	_	_	3	advmod	_	_
      5	surut	surut	VERB	_	_	0	root	_	SpaceAfter=No
      6	.	.	PUNCT	_	_	5	punct	_	SpaceAfter=No
      7	"	"	PUNCT	_	_	5	punct	_	_

      """;

  @Test
  void readsSurfaceTokensWithMultiwordRanges() {
    List<ConlluSentence> ss = ConlluReader.parse(CONLLU);
    assertThat(ss).hasSize(3);
    assertThat(ss.get(0).id()).isEqualTo("t-1");
    assertThat(ss.get(2).tokens()).containsExactly("\"", "Air", "tidaklah", "surut", ".", "\"");
  }

  @Test
  void rebuildsRunningTextWithGoldSpans() {
    SegmentationGold running =
        SegmentationGold.of(ConlluReader.parse(CONLLU), SegmentationGold.Layout.RUNNING);
    String text = running.text();
    assertThat(text)
        .isEqualTo("Banjir rendam Bekasi Dr. Rina tiba pukul 09.15. \"Air tidaklah surut.\"");
    assertThat(running.paragraphs()).containsExactly(new CharSpan(0, text.length()));
    assertThat(running.sentences().get(1).of(text)).isEqualTo("Dr. Rina tiba pukul 09.15.");
    assertThat(running.tokens()).hasSize(3 + 7 + 6);
    assertThat(running.tokens().get(12).of(text)).isEqualTo("tidaklah");
    assertThat(running.unaligned()).isZero();

    SegmentationGold lines =
        SegmentationGold.of(ConlluReader.parse(CONLLU), SegmentationGold.Layout.LINES);
    assertThat(lines.text()).startsWith("Banjir rendam Bekasi\n\nDr. Rina");
    assertThat(lines.paragraphs()).hasSize(2);
  }

  @Test
  void countsAreRightOnTheHandMadeExample() {
    SentenceTokenStage stage = new SentenceTokenStage();
    // Running text: the headline boundary cannot be found (one FN); the other two boundaries are
    // found and nothing else is predicted. Predicted: 2 sentences, gold: 3.
    SegmentationEvaluation running =
        SegmentationEvaluation.of(
            "t", ConlluReader.parse(CONLLU), SegmentationGold.Layout.RUNNING, stage);
    assertThat(running.boundaryCounts()).isEqualTo(new Counts(2, 0, 1));
    // Tokens: Warta keeps "Dr." whole where the treebank has "Dr" + "." : 1 FP, 2 FN; the
    // other 14 gold tokens are matched exactly.
    assertThat(running.tokenCounts()).isEqualTo(new Counts(14, 1, 2));

    SegmentationEvaluation lines =
        SegmentationEvaluation.of(
            "t", ConlluReader.parse(CONLLU), SegmentationGold.Layout.LINES, stage);
    assertThat(lines.boundaryCounts()).isEqualTo(new Counts(3, 0, 0));
    assertThat(lines.boundaryCounts().f1()).isEqualTo(1.0);
  }

  @Test
  void scorerComparesEndOffsetsAndExactSpans() {
    List<CharSpan> gold = List.of(new CharSpan(0, 5), new CharSpan(6, 10));
    List<CharSpan> predicted =
        List.of(new CharSpan(0, 5), new CharSpan(5, 10), new CharSpan(11, 12));
    assertThat(SegmentationScorer.boundaries(gold, predicted)).isEqualTo(new Counts(2, 1, 0));
    assertThat(SegmentationScorer.spans(gold, predicted)).isEqualTo(new Counts(1, 2, 1));
  }

  @Test
  void finalPunctuationTest() {
    assertThat(SegmentationGold.endsWithFinalPunctuation("Ia pergi.\"")).isTrue();
    assertThat(SegmentationGold.endsWithFinalPunctuation("Benarkah?)")).isTrue();
    assertThat(SegmentationGold.endsWithFinalPunctuation("Banjir rendam Bekasi")).isFalse();
  }
}
