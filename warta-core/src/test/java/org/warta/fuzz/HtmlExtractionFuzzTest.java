package org.warta.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.warta.ingest.html.HtmlArticleExtractor;
import org.warta.ingest.html.HtmlExtraction;

/**
 * Fuzzes {@link HtmlArticleExtractor}: any page source gives a cleaning result whose offsets point
 * into the page (see {@link CleanedArticleChecks}).
 */
class HtmlExtractionFuzzTest {
  private static final HtmlArticleExtractor EXTRACTOR = HtmlArticleExtractor.standard();

  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void extract(FuzzedDataProvider data) {
    String html = data.consumeRemainingAsString();
    HtmlExtraction page =
        FuzzSupport.timedRepeatable("HTML extraction", () -> EXTRACTOR.extract(html, "f"));
    CleanedArticleChecks.checkHtml(html, page.cleaned());
  }
}
