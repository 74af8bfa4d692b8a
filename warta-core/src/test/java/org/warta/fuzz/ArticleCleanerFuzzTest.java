package org.warta.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.warta.clean.ArticleCleaner;
import org.warta.clean.CleanedArticle;

/** Fuzzes {@link ArticleCleaner}: see {@link CleanedArticleChecks} for what must hold. */
class ArticleCleanerFuzzTest {
  private static final ArticleCleaner CLEANER = ArticleCleaner.standard();

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void clean(FuzzedDataProvider data) {
    String original = data.consumeRemainingAsString();
    CleanedArticle cleaned = FuzzSupport.timed("cleaning", () -> CLEANER.clean(original));
    CleanedArticleChecks.check(original, cleaned);
  }
}
