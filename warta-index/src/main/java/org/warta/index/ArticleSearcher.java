package org.warta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.warta.model.ArticleRecord;

/**
 * Full-text search over the index: the query runs against the stemmed text ({@code kirim} finds
 * {@code mengirimkan}) and, boosted, against the exact text (names match as written); filters
 * narrow by date, entity, event type and language; hits come with highlighted passages (Lucene's
 * UnifiedHighlighter over stored offsets) and facet counts by entity, outlet, language and event
 * type. Thread-safe for one {@link OpenIndex}.
 */
public final class ArticleSearcher {
  static final String[] DIMENSIONS = {
    IndexSchema.FACET_ENTITY,
    IndexSchema.FACET_OUTLET,
    IndexSchema.FACET_LANGUAGE,
    IndexSchema.FACET_EVENT_TYPE
  };
  private static final int FACET_TOP = 10;

  private final OpenIndex index;
  private final Analyzer analyzer = IndexSchema.analyzer();
  private final FacetsConfig config = IndexSchema.facetsConfig();

  public ArticleSearcher(OpenIndex index) {
    this.index = index;
  }

  /** The query of a request (also used by figures and entity pages to restrict articles). */
  public Query query(SearchRequest r) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    String q = r.query() == null ? "" : r.query().strip();
    Query text = null;
    if (!q.isEmpty()) {
      SimpleQueryParser p =
          new SimpleQueryParser(
              analyzer, Map.of(IndexSchema.TEXT, 1.0f, IndexSchema.TEXT_EXACT, 1.5f));
      p.setDefaultOperator(BooleanClause.Occur.MUST);
      text = p.parse(q);
    }
    b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(IndexSchema.DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (r.entity() != null && !r.entity().isBlank()) {
      b.add(new EntityPages(index).articlesQuery(r.entity()), BooleanClause.Occur.FILTER);
    }
    if (r.eventType() != null && !r.eventType().isBlank()) {
      b.add(
          new TermQuery(
              new Term(IndexSchema.EVENT_TYPE, r.eventType().strip().toUpperCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
    }
    if (r.language() != null && !r.language().isBlank()) {
      b.add(
          new TermQuery(
              new Term(IndexSchema.LANGUAGE, r.language().strip().toLowerCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Runs a search. */
  public SearchResult search(SearchRequest r) throws IOException {
    IndexSearcher searcher = index.searcher();
    Query query = query(r);
    int n = Math.max(1, r.offset() + r.limit());
    FacetsCollectorManager.FacetsResult fr =
        FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager());
    TopDocs top = fr.topDocs();
    ScoreDoc[] page =
        java.util.Arrays.copyOfRange(
            top.scoreDocs, Math.min(r.offset(), top.scoreDocs.length), top.scoreDocs.length);
    if (page.length > r.limit()) {
      page = java.util.Arrays.copyOf(page, r.limit());
    }
    String[] snippets = highlights(searcher, query, top, page);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      int doc = page[i].doc;
      ArticleRecord rec = index.records().record(doc);
      List<String> passages = new ArrayList<>();
      if (snippets != null && snippets[i] != null) {
        passages.add(snippets[i].replace('\n', ' '));
      }
      hits.add(
          new SearchResult.Hit(
              rec.id(),
              rec.title(),
              rec.source().outlet(),
              rec.published(),
              rec.language(),
              index.records().story(doc),
              page[i].score,
              rec.source().url(),
              passages));
    }
    return new SearchResult(top.totalHits.value, hits, facets(fr.facetsCollector()));
  }

  private String[] highlights(IndexSearcher searcher, Query query, TopDocs top, ScoreDoc[] page)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter h =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
            .withMaxLength(200_000)
            .build();
    TopDocs pageDocs = new TopDocs(top.totalHits, page);
    return h.highlight(IndexSchema.TEXT, query, pageDocs, 2);
  }

  private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollector fc) throws IOException {
    Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(index.reader(), config);
    } catch (IllegalArgumentException e) {
      return out; // an index without facet fields (empty)
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim : DIMENSIONS) {
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      FacetResult res;
      try {
        res = facets.getTopChildren(FACET_TOP, dim);
      } catch (IllegalArgumentException e) {
        res = null; // no article has this dimension
      }
      if (res != null) {
        for (LabelAndValue lv : res.labelValues) {
          counts.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }
}
