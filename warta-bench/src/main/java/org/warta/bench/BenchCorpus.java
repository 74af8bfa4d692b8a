package org.warta.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.warta.eval.SharedData;
import org.warta.eval.corpus.IndoSumCorpus;
import org.warta.examples.ExampleArticles;
import org.warta.ingest.RawArticle;

/**
 * The articles the benchmarks run on: the first {@code n} IndoSum articles from the shared data
 * (detokenised as {@code warta bench} reads them), or the bundled fictional examples when the
 * shared data is absent, so that the benchmarks always run.
 */
final class BenchCorpus {
  private BenchCorpus() {}

  static List<RawArticle> load(int n) {
    Optional<Path> dir = SharedData.resolve("data/corpus/indosum");
    if (dir.isEmpty()) {
      return ExampleArticles.all();
    }
    try {
      List<RawArticle> all = IndoSumCorpus.read(dir.get());
      return all.subList(0, Math.min(n, all.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
