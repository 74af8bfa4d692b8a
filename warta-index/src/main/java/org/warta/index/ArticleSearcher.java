package org.warta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
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
  private static final Set<String> HIT_FIELDS =
      Set.of(
          IndexSchema.ID,
          IndexSchema.TITLE,
          IndexSchema.OUTLET_NAME,
          IndexSchema.PUBLISHED,
          IndexSchema.LANGUAGE,
          IndexSchema.URL);

  private final OpenIndex index;
  private final Analyzer analyzer = IndexSchema.analyzer();

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
      Document stored = index.reader().storedFields().document(doc, HIT_FIELDS);
      if (stored.get(IndexSchema.LANGUAGE) == null) {
        stored = fromRecord(index.records().record(doc));
      }
      List<String> passages = new ArrayList<>();
      if (snippets != null && snippets[i] != null) {
        passages.add(snippets[i].replace('\n', ' '));
      }
      hits.add(
          new SearchResult.Hit(
              stored.get(IndexSchema.ID),
              stored.get(IndexSchema.TITLE),
              stored.get(IndexSchema.OUTLET_NAME),
              stored.get(IndexSchema.PUBLISHED),
              stored.get(IndexSchema.LANGUAGE),
              index.records().story(doc),
              page[i].score,
              stored.get(IndexSchema.URL),
              passages));
    }
    return new SearchResult(top.totalHits.value, hits, facets(fr.facetsCollector()));
  }

  /** The hit fields of an index written before they were stored, from the record. */
  private static Document fromRecord(ArticleRecord r) {
    Document d = new Document();
    d.add(new StoredField(IndexSchema.ID, r.id()));
    d.add(new StoredField(IndexSchema.TITLE, r.title()));
    d.add(new StoredField(IndexSchema.LANGUAGE, r.language()));
    if (r.published() != null) {
      d.add(new StoredField(IndexSchema.PUBLISHED, r.published()));
    }
    if (r.source().outlet() != null) {
      d.add(new StoredField(IndexSchema.OUTLET_NAME, r.source().outlet()));
    }
    if (r.source().url() != null) {
      d.add(new StoredField(IndexSchema.URL, r.source().url()));
    }
    return d;
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
    SortedSetDocValuesReaderState state = index.facetState();
    if (state == null) {
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
