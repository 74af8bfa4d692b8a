package org.warta.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.warta.analysis.PublicationDate;
import org.warta.model.ArticleRecord;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Mention;
import org.warta.model.Quantity;

/** Builds the Lucene document of one record ({@link IndexSchema} lists the fields). Thread-safe. */
public final class RecordDocuments {
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /**
   * Entity names, mention keys and outlets longer than this many chars are not indexed as terms or
   * facets (they stay in the stored record). No real name is that long, and Lucene rejects a facet
   * path over 8,191 chars or a term over 32,766 bytes, which would fail the whole document: hostile
   * text such as a run of 3,000 capitalised words once came out of the entity stage as one "name".
   */
  static final int MAX_LABEL = 300;

  private final FacetsConfig facets = IndexSchema.facetsConfig();

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The document for {@code record}, whose JSON line is {@code json}. */
  public Document build(ArticleRecord record, String json) throws IOException {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, record.id(), Field.Store.YES));
    d.add(new StoredField(IndexSchema.RECORD, json));
    d.add(new StoredField(IndexSchema.TITLE, record.title()));
    d.add(new Field(IndexSchema.TEXT, record.text(), TEXT_WITH_OFFSETS));
    d.add(new TextField(IndexSchema.TEXT_EXACT, record.text(), Field.Store.NO));
    LocalDate day = PublicationDate.parse(record.published()).orElse(null);
    if (day != null) {
      long epochDay = day.toEpochDay();
      d.add(new LongPoint(IndexSchema.DAY, epochDay));
      d.add(new NumericDocValuesField(IndexSchema.DAY, epochDay));
      d.add(new StoredField(IndexSchema.DAY, epochDay));
      d.add(new StoredField(IndexSchema.PUBLISHED, record.published()));
    }
    d.add(new StringField(IndexSchema.LANGUAGE, record.language(), Field.Store.YES));
    if (record.source().url() != null) {
      d.add(new StoredField(IndexSchema.URL, record.source().url()));
    }
    d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_LANGUAGE, record.language()));
    String outlet = record.source().outlet();
    if (outlet != null && !outlet.isBlank() && outlet.length() <= MAX_LABEL) {
      d.add(new StringField(IndexSchema.OUTLET, EntityNames.key(outlet), Field.Store.NO));
      d.add(new StoredField(IndexSchema.OUTLET_NAME, outlet));
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_OUTLET, outlet.strip()));
    }
    Set<String> keys = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : record.entities()) {
      names.add(e.name().strip());
      keys.add(EntityNames.key(e.name()));
      for (Mention m : e.mentions()) {
        keys.add(EntityNames.key(m.text()));
      }
    }
    keys.removeIf(k -> k.isEmpty() || k.length() > MAX_LABEL);
    names.removeIf(n -> n.isEmpty() || n.length() > MAX_LABEL);
    for (String k : keys) {
      d.add(new StringField(IndexSchema.ENTITY, k, Field.Store.NO));
    }
    for (String n : names) {
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_ENTITY, n));
    }
    for (String link : AliasLinks.of(record)) {
      if (link.length() > 2 * MAX_LABEL) {
        continue;
      }
      d.add(new StringField(IndexSchema.ALIAS, link, Field.Store.NO));
    }
    Set<String> types = new LinkedHashSet<>();
    for (Event ev : record.events()) {
      types.add(ev.type().name());
    }
    for (String t : types) {
      d.add(new StringField(IndexSchema.EVENT_TYPE, t, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(IndexSchema.FACET_EVENT_TYPE, t));
    }
    Set<String> categories = new LinkedHashSet<>();
    for (Quantity q : record.quantities()) {
      if (q.category() != null) {
        categories.add(q.category());
      }
    }
    for (String c : categories) {
      d.add(new StringField(IndexSchema.CATEGORY, c, Field.Store.NO));
    }
    d.add(new StoredField(IndexSchema.SIMHASH, StoryFeatures.simHash(record.text())));
    d.add(
        new StoredField(
            IndexSchema.STORY_KEYS,
            String.join(String.valueOf(IndexSchema.SEP), StoryFeatures.keys(record))));
    d.add(new NumericDocValuesField(IndexSchema.STORY, idAsLong(record.id())));
    return facets.build(d);
  }

  /** A record id (16 hex digits) as a long; other ids are hashed. */
  public static long idAsLong(String id) {
    if (id.length() == 16) {
      try {
        return Long.parseUnsignedLong(id, 16);
      } catch (NumberFormatException e) {
        // fall through
      }
    }
    long h = 1125899906842597L;
    for (int i = 0; i < id.length(); i++) {
      h = 31 * h + id.charAt(i);
    }
    return h;
  }

  /** The record id of a story value written by {@link #idAsLong}. */
  public static String longAsId(long v) {
    return String.format("%016x", v);
  }
}
