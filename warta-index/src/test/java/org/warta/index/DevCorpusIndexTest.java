package org.warta.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.eval.SharedData;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleInput;
import org.warta.ingest.RawArticle;
import org.warta.ingest.TextDecoder;
import org.warta.io.RecordJsonWriter;

/**
 * The checks on the development articles plus the founding article: the four Banten
 * earthquake reports form one story with conflicting death tolls, {@code gempa} finds them, {@code
 * BNPB} merges both spellings, re-ingesting adds nothing, the JSON Lines export equals {@code
 * analyze}'s output. Story groups are scored against the {@code event_cluster} column of INDEX.tsv
 * (read here only, never by the product).
 */
class DevCorpusIndexTest {
  static ArticleAnalyzer analyzer;
  static Path articles;
  static Path seed;
  @TempDir static Path tmp;
  static Path index;
  static IngestSummary first;
  static IngestSummary second;

  @BeforeAll
  static void ingest() throws Exception {
    articles = SharedData.resolve("data/articles").orElse(null);
    seed = SharedData.resolve("seeds/000_22b53b6cf5b646ea.txt").orElse(null);
    assumeTrue(articles != null && seed != null, "../shared is absent: dev-article checks skipped");
    analyzer = ArticleAnalyzer.standard();
    index = tmp.resolve("index");
    List<String> sources = List.of(articles.toString(), seed.toString());
    Ingester.Listener quiet = e -> {};
    first = new Ingester(analyzer).run(sources, index, Ingester.Options.defaults(), quiet);
    second = new Ingester(analyzer).run(sources, index, Ingester.Options.defaults(), quiet);
  }

  private static Map<String, String> storyByFile(OpenIndex idx) throws Exception {
    Map<String, String> out = new HashMap<>();
    for (int doc : idx.records().allDocs()) {
      String path = idx.records().record(doc).source().path();
      out.put(Path.of(path).getFileName().toString(), idx.records().story(doc));
    }
    return out;
  }

  private static Map<String, String> bantenIds(OpenIndex idx) throws Exception {
    Map<String, String> out = new HashMap<>();
    for (int doc : idx.records().allDocs()) {
      var r = idx.records().record(doc);
      String file = Path.of(r.source().path()).getFileName().toString();
      if (file.matches("0(08|09|10|11)_.*")) {
        out.put(file, r.id());
      }
    }
    return out;
  }

  @Test
  void reingestingAddsNothing() {
    assertThat(first.ingested()).isEqualTo(16);
    assertThat(first.skipped()).isZero();
    assertThat(second.ingested()).isZero();
    assertThat(second.duplicates()).isEqualTo(16);
    assertThat(second.articles()).isEqualTo(16);
  }

  @Test
  void bantenReportsAreOneStoryWithConflictingDeathTolls() throws Exception {
    try (OpenIndex idx = OpenIndex.open(index)) {
      Map<String, String> stories = storyByFile(idx);
      Set<String> banten =
          stories.entrySet().stream()
              .filter(e -> e.getKey().matches("0(08|09|10|11)_.*"))
              .map(Map.Entry::getValue)
              .collect(Collectors.toSet());
      assertThat(banten).hasSize(1);
      String story = banten.iterator().next();
      List<FigureSlot> killed = new Figures(idx).slots(null, "killed");
      FigureSlot toll =
          killed.stream()
              .filter(s -> s.story().equals(story) && s.place() == null)
              .findFirst()
              .orElseThrow();
      assertThat(toll.conflict()).isTrue();
      assertThat(toll.conflictKind()).contains("update");
      Set<Double> headline =
          toll.values().stream()
              .filter(FigureSlot.Figure::headline)
              .map(FigureSlot.Figure::value)
              .collect(Collectors.toSet());
      assertThat(headline).contains(4.0, 5.0, 6.0);
      assertThat(toll.values().stream().map(FigureSlot.Figure::article).distinct().count())
          .isEqualTo(4);
    }
  }

  @Test
  void gempaFindsTheBantenReports() throws Exception {
    try (OpenIndex idx = OpenIndex.open(index)) {
      SearchResult r = new ArticleSearcher(idx).search(SearchRequest.of("gempa"));
      Set<String> ids = r.hits().stream().map(SearchResult.Hit::id).collect(Collectors.toSet());
      assertThat(ids).containsAll(bantenIds(idx).values());
      assertThat(r.hits().get(0).snippets().get(0)).containsIgnoringCase("<b>gempa</b>");
      assertThat(r.facets().get("outlet"))
          .extracting(SearchResult.FacetCount::value)
          .contains("Republika", "IDN Times", "Haluan Kepri");
      SearchResult filtered =
          new ArticleSearcher(idx)
              .search(new SearchRequest("gempa", null, null, "BNPB", "DIE", "id", 10, 0));
      assertThat(filtered.total()).isEqualTo(4);
    }
  }

  @Test
  void bnpbPageMergesBothSpellings() throws Exception {
    try (OpenIndex idx = OpenIndex.open(index)) {
      EntityPage acronym = new EntityPages(idx).page("BNPB");
      EntityPage full = new EntityPages(idx).page("badan nasional penanggulangan bencana");
      assertThat(acronym.aliases())
          .extracting(EntityPage.Alias::form)
          .contains("BNPB", "Badan Nasional Penanggulangan Bencana");
      assertThat(acronym.name()).isEqualTo("Badan Nasional Penanggulangan Bencana");
      Set<String> a =
          acronym.articles().stream().map(EntityPage.ArticleRef::id).collect(Collectors.toSet());
      Set<String> b =
          full.articles().stream().map(EntityPage.ArticleRef::id).collect(Collectors.toSet());
      assertThat(a).isEqualTo(b).containsAll(bantenIds(idx).values());
    }
  }

  @Test
  void statsCountTheIndex() throws Exception {
    try (OpenIndex idx = OpenIndex.open(index)) {
      IndexStats s = IndexStats.of(idx);
      assertThat(s.articles()).isEqualTo(16);
      assertThat(s.stories()).isLessThan(16).isGreaterThanOrEqualTo(7);
      assertThat(s.conflicts()).isPositive();
      assertThat(s.quantities()).isPositive();
    }
  }

  @Test
  void jsonLinesExportEqualsAnalyzeOutput() throws Exception {
    ArticleFiles files = new ArticleFiles(new TextDecoder(TextDecoder.Encoding.UTF_8, 10_000_000));
    RecordJsonWriter json = new RecordJsonWriter();
    Set<String> expected = new HashSet<>();
    for (ArticleInput in : files.expand(List.of(articles.toString(), seed.toString()), e -> {})) {
      RawArticle raw = files.read(in, System.in);
      expected.add(json.toJson(analyzer.analyze(raw), raw.content()));
    }
    StringWriter out = new StringWriter();
    try (OpenIndex idx = OpenIndex.open(index)) {
      JsonlExport.write(idx, out);
    }
    assertThat(Set.of(out.toString().split("\n"))).isEqualTo(expected);
  }

  /**
   * Pairwise precision and recall of story groups against the {@code event_cluster} column (pairs
   * of articles in the same cluster). The Banten and Peru clusters must be found, and no pair of
   * different events may be joined.
   */
  @Test
  void storyGroupsAgainstEventClusters() throws Exception {
    Map<String, String> cluster = new HashMap<>();
    List<String> lines = Files.readAllLines(articles.resolve("INDEX.tsv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t"));
    int file = header.indexOf("file");
    int col = header.indexOf("event_cluster");
    for (String l : lines.subList(1, lines.size())) {
      String[] c = l.split("\t");
      if (c.length > col) {
        cluster.put(c[file], c[col]);
      }
    }
    Map<String, String> stories;
    try (OpenIndex idx = OpenIndex.open(index)) {
      stories = storyByFile(idx);
    }
    List<String> names = new ArrayList<>(cluster.keySet());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        boolean gold = cluster.get(names.get(i)).equals(cluster.get(names.get(j)));
        boolean found = stories.get(names.get(i)).equals(stories.get(names.get(j)));
        tp += gold && found ? 1 : 0;
        fp += !gold && found ? 1 : 0;
        fn += gold && !found ? 1 : 0;
      }
    }
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    System.out.printf(
        "story groups vs event_cluster: pairs tp=%d fp=%d fn=%d precision=%.3f recall=%.3f%n",
        tp, fp, fn, p, r);
    assertThat(fp).isZero();
    assertThat(r).isGreaterThanOrEqualTo(0.5);
  }
}
