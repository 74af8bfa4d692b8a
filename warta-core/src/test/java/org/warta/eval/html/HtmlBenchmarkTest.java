package org.warta.eval.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.warta.eval.SharedData;
import org.warta.ingest.html.HtmlArticleExtractor;

/** The article-extraction benchmark pages in the shared data (skipped when they are absent). */
class HtmlBenchmarkTest {
  @Test
  void developmentPagesScoreAtLeast096() throws Exception {
    Optional<Path> dir = SharedData.resolve("data/html-benchmark/html");
    Optional<Path> truth = SharedData.resolve("data/html-benchmark/ground-truth.json");
    Assumptions.assumeTrue(
        dir.isPresent() && truth.isPresent(), "shared html-benchmark data not present");
    HtmlBenchmark.Result r =
        new HtmlBenchmark(HtmlArticleExtractor.standard()).run(dir.get(), truth.get());
    assertThat(r.pages()).hasSize(60);
    assertThat(r.pages()).allSatisfy(p -> assertThat(p.error()).isNull());
    assertThat(r.summary().f1()).isGreaterThanOrEqualTo(0.96);
  }
}
