package org.warta.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.warta.analysis.PublicationDate;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.InputRejectedException;

/**
 * Fuzzes {@link IndexTsv} and the publication dates it supplies: an index is either read or
 * rejected with a reason, and any metadata it yields can be used.
 */
class IndexTsvFuzzTest {
  @FuzzTest(maxDuration = "10m")
  @DictionaryFile(resourcePath = "/org/warta/fuzz/indonesian.dict")
  void parse(FuzzedDataProvider data) {
    String probe = data.consumeString(40);
    List<String> lines = data.consumeRemainingAsString().lines().toList();
    FuzzSupport.timed(
        "index parsing",
        () -> {
          IndexTsv index;
          try {
            index = IndexTsv.parse(lines, "INDEX.tsv");
          } catch (InputRejectedException e) {
            return;
          }
          for (String name : List.of(probe, firstCell(lines))) {
            ArticleMetadata m = index.metadata(name);
            PublicationDate.parse(m.published());
            m.orElse(ArticleMetadata.NONE).withPublished(m.published());
          }
        });
  }

  private static String firstCell(List<String> lines) {
    if (lines.size() < 2) {
      return "";
    }
    int tab = lines.get(1).indexOf('\t');
    return tab < 0 ? lines.get(1).strip() : lines.get(1).substring(0, tab).strip();
  }
}
