package org.warta.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.examples.ExampleArticles;
import org.warta.index.IngestSummary;
import org.warta.index.Ingester;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;

/**
 * The demo index: the example articles bundled with warta-core plus the demo story of this module
 * ({@code org/warta/web/demo/}: three fictional reports of one earthquake whose death tolls
 * disagree), ingested through the ordinary {@link Ingester}. Used by {@code warta demo --serve} and
 * by the tests.
 */
public final class DemoIndex {
  private static final String STORY = "org/warta/web/demo/";
  private static final List<String> STORY_FILES =
      List.of("INDEX.tsv", "gempa-garut-1.txt", "gempa-garut-2.txt", "gempa-garut-3.txt");

  private DemoIndex() {}

  /** Ingests the demo articles into {@code indexDir}; returns the ingest summary. */
  public static IngestSummary build(Path indexDir, ArticleAnalyzer analyzer) throws IOException {
    Path src = Files.createTempDirectory("warta-demo-src");
    try {
      Path examples = Files.createDirectories(src.resolve("examples"));
      StringBuilder tsv = new StringBuilder("file\tlanguage\tpublished\tsource\turl\n");
      for (RawArticle raw : ExampleArticles.all()) {
        String file = raw.name().substring(raw.name().lastIndexOf('/') + 1);
        Files.writeString(examples.resolve(file), raw.content(), StandardCharsets.UTF_8);
        ArticleMetadata m = raw.metadata();
        tsv.append(file)
            .append('\t')
            .append(nz(m.language()))
            .append('\t')
            .append(nz(m.published()))
            .append('\t')
            .append(nz(m.outlet()))
            .append('\t')
            .append(nz(m.url()))
            .append('\n');
      }
      Files.writeString(examples.resolve("INDEX.tsv"), tsv, StandardCharsets.UTF_8);
      Path story = Files.createDirectories(src.resolve("story"));
      for (String f : STORY_FILES) {
        try (InputStream in = DemoIndex.class.getClassLoader().getResourceAsStream(STORY + f)) {
          if (in == null) {
            throw new IllegalStateException("missing resource " + STORY + f);
          }
          Files.copy(in, story.resolve(f));
        }
      }
      List<String> skipped = new ArrayList<>();
      IngestSummary s =
          new Ingester(analyzer)
              .run(
                  List.of(src.toString()),
                  indexDir,
                  Ingester.Options.defaults(),
                  new Ingester.Listener() {
                    @Override
                    public void skipped(InputRejectedException e) {
                      skipped.add(e.input() + ": " + e.reason());
                    }
                  });
      if (!skipped.isEmpty()) {
        throw new IOException("demo articles skipped: " + skipped);
      }
      return s;
    } finally {
      try (Stream<Path> s = Files.walk(src)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
  }
}
