package org.warta.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The fields of a Warta index and how they are analysed. One Lucene document per article, keyed by
 * the record id; the record itself is stored as its JSON line, which is the source of truth for
 * every view (entities, figures, exports) — the other fields exist to find and count articles.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>kind</th><th>what</th></tr>
 *   <tr><td>{@code id}</td><td>keyword, stored</td><td>record id (SHA-256 of the cleaned text)</td></tr>
 *   <tr><td>{@code record}</td><td>stored</td><td>the record as JSON (exactly as {@code warta analyze} prints it)</td></tr>
 *   <tr><td>{@code text}</td><td>text, stored, offsets</td><td>cleaned text, Indonesian stemming (highlighted)</td></tr>
 *   <tr><td>{@code text_exact}</td><td>text</td><td>cleaned text, lower-cased only: exact names</td></tr>
 *   <tr><td>{@code day}</td><td>point + doc values + stored</td><td>publication day (epoch day)</td></tr>
 *   <tr><td>{@code language}, {@code outlet}, {@code event_type}, {@code category}</td><td>keyword</td><td>filters</td></tr>
 *   <tr><td>{@code entity}</td><td>keyword</td><td>normalised forms of every entity ({@link EntityNames#key})</td></tr>
 *   <tr><td>{@code alias}</td><td>keyword</td><td>acronym links {@code key\u001fpartner} learned in the article</td></tr>
 *   <tr><td>{@code story}</td><td>numeric doc values (updatable)</td><td>story group</td></tr>
 *   <tr><td>facets</td><td>sorted-set doc values</td><td>{@code entity}, {@code outlet}, {@code language}, {@code event_type}</td></tr>
 * </table>
 */
public final class IndexSchema {
  public static final String ID = "id";
  public static final String RECORD = "record";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String TEXT_EXACT = "text_exact";
  public static final String DAY = "day";
  public static final String PUBLISHED = "published";
  public static final String LANGUAGE = "language";
  public static final String OUTLET = "outlet";
  public static final String ENTITY = "entity";
  public static final String ALIAS = "alias";
  public static final String EVENT_TYPE = "event_type";
  public static final String CATEGORY = "category";
  public static final String STORY = "story";
  public static final String SIMHASH = "simhash";
  public static final String STORY_KEYS = "story_keys";

  /** Stored only, for hit lists without parsing the record: the outlet and URL as written. */
  public static final String OUTLET_NAME = "outlet_name";

  public static final String URL = "url";

  /** Facet dimensions. */
  public static final String FACET_ENTITY = "entity";

  public static final String FACET_OUTLET = "outlet";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_EVENT_TYPE = "event_type";

  /** Separates the two keys of an alias link and the items of packed stored fields. */
  public static final char SEP = '\u001f';

  private IndexSchema() {}

  /** The facet configuration shared by writer and searcher. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(FACET_ENTITY, true);
    c.setMultiValued(FACET_EVENT_TYPE, true);
    return c;
  }

  /** The per-field analyzer: Indonesian stemming by default, plain lower-casing for exact names. */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new StemmingAnalyzer(), Map.of(TEXT_EXACT, new StandardAnalyzer(CharArraySet.EMPTY_SET)));
  }

  /**
   * Lucene's Indonesian analysis (standard tokenizer, lower case, Indonesian stop words, Tala
   * stemmer with derivational suffixes) with {@link NasalPrefixFilter} before the stemmer.
   */
  static final class StemmingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream s = new LowerCaseFilter(source);
      s = new StopFilter(s, IndonesianAnalyzer.getDefaultStopSet());
      s = new NasalPrefixFilter(s);
      s = new IndonesianStemFilter(s);
      return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
