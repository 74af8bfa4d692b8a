package org.warta.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Stage;

/**
 * Fuzzes each stage of the Indonesian pipeline on arbitrary text, after the stages whose layers it
 * reads. Stages get text straight from the fuzzer, not through the cleaner: other readers (HTML,
 * feeds) build article text their own way, so a stage may not rely on the cleaner's normalisation.
 */
class StageFuzzTest {
  private static final List<Stage> SEGMENTATION = FuzzSupport.stages("segment");
  private static final List<Stage> ENTITIES = FuzzSupport.stages("segment", "entity");
  private static final List<Stage> QUANTITIES = FuzzSupport.stages("segment", "quantity");
  private static final List<Stage> TIMES = FuzzSupport.stages("time");
  private static final List<Stage> QUOTES = FuzzSupport.stages("segment", "entity", "quote");
  private static final List<Stage> CLAIMS =
      FuzzSupport.stages("segment", "entity", "quantity", "time", "quote", "claim");
  private static final List<Stage> EVENTS =
      FuzzSupport.stages("segment", "entity", "quantity", "time", "quote", "claim", "event");

  /** An anchor date chosen by the input (or none), then the rest of the input as the text. */
  private static AnnotatedArticle article(FuzzedDataProvider data) {
    LocalDate anchor = null;
    int pick = data.consumeInt(0, 3);
    if (pick == 1) {
      anchor = LocalDate.of(2025, 8, 30);
    } else if (pick == 2) {
      anchor = LocalDate.ofEpochDay(data.consumeLong(-200_000, 200_000));
    }
    return AnnotatedArticle.of(data.consumeRemainingAsString(), anchor);
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void segmentation(FuzzedDataProvider data) {
    FuzzSupport.runAndValidate(article(data), SEGMENTATION);
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void entities(FuzzedDataProvider data) {
    FuzzSupport.runAndValidate(article(data), ENTITIES);
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void quantities(FuzzedDataProvider data) {
    FuzzSupport.runAndValidate(article(data), QUANTITIES);
  }

  /** Time parsing with no anchor, the standard anchor, or any date in ±550 years. */
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void times(FuzzedDataProvider data) {
    FuzzSupport.runAndValidate(article(data), TIMES);
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void quotes(FuzzedDataProvider data) {
    FuzzSupport.runAndValidate(article(data), QUOTES);
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void claims(FuzzedDataProvider data) {
    FuzzSupport.runAndValidate(article(data), CLAIMS);
  }

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void events(FuzzedDataProvider data) {
    FuzzSupport.runAndValidate(article(data), EVENTS);
  }
}
