package org.warta.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.warta.eval.timeml.TimeMlDocument;
import org.warta.eval.timeml.TimeMlReader;
import org.warta.eval.timeml.Timex;
import org.warta.eval.ud.ConlluReader;
import org.warta.eval.ud.ConlluSentence;
import org.warta.eval.ud.SegmentationGold;
import org.warta.model.CharSpan;

/**
 * Fuzzes the readers of evaluation data, which read files Warta did not write: TimeML and CoNLL-U.
 * A reader may refuse a file with the {@link IllegalArgumentException} its documentation names;
 * nothing else may escape, and every span it returns lies in its text.
 */
class EvalReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void timeml(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    TimeMlDocument doc =
        FuzzSupport.timed(
            "TimeML reading",
            () -> {
              try {
                return TimeMlReader.parse(TimeMlReader.decode(bytes), "fuzz");
              } catch (IllegalArgumentException e) {
                if (!e.getMessage().startsWith("no <TEXT>")) {
                  throw e; // the only documented refusal
                }
                return null;
              }
            });
    if (doc == null) {
      return;
    }
    for (Timex t : doc.timexes()) {
      if (t.end() > doc.text().length()
          || !doc.text().substring(t.start(), t.end()).equals(t.text())) {
        throw new AssertionError("TIMEX3 " + t + " does not match the text");
      }
    }
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void conllu(FuzzedDataProvider data) {
    String conllu = data.consumeRemainingAsString();
    List<ConlluSentence> sentences =
        FuzzSupport.timed(
            "CoNLL-U reading",
            () -> {
              try {
                return ConlluReader.parse(conllu);
              } catch (IllegalArgumentException e) {
                if (e instanceof NumberFormatException || !e.getMessage().startsWith("line ")) {
                  throw e; // a refusal must name the line, not leak a parser's exception
                }
                return null;
              }
            });
    if (sentences == null) {
      return;
    }
    for (SegmentationGold.Layout layout : SegmentationGold.Layout.values()) {
      SegmentationGold gold =
          FuzzSupport.timed("segmentation gold", () -> SegmentationGold.of(sentences, layout));
      int n = gold.text().length();
      for (List<CharSpan> spans : List.of(gold.paragraphs(), gold.sentences(), gold.tokens())) {
        for (CharSpan s : spans) {
          if (s.start() < 0 || s.end() > n || s.start() > s.end()) {
            throw new AssertionError("span " + s + " outside the text of length " + n);
          }
        }
      }
    }
  }
}
