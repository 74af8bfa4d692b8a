package org.warta.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;
import org.warta.io.RecordJsonReader;
import org.warta.model.ArticleRecord;

/**
 * Reads what the index stores about each article: the record (parsed from its JSON), its story
 * group and its story features. Doc ids are those of the reader given.
 */
public final class IndexRecords {
  private static final RecordJsonReader JSON = new RecordJsonReader();
  private final IndexReader reader;

  public IndexRecords(IndexReader reader) {
    this.reader = reader;
  }

  /** Every live doc id, in index order. */
  public List<Integer> allDocs() {
    List<Integer> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (live == null || live.get(d)) {
          out.add(leaf.docBase + d);
        }
      }
    }
    return out;
  }

  /** The stored JSON record of a doc. */
  public String json(int doc) throws IOException {
    return reader.storedFields().document(doc, Set.of(IndexSchema.RECORD)).get(IndexSchema.RECORD);
  }

  /** The record of a doc. */
  public ArticleRecord record(int doc) throws IOException {
    try {
      return JSON.read(json(doc));
    } catch (RecordJsonReader.BadRecordException e) {
      throw new IOException("index holds a bad record at doc " + doc + ": " + e.getMessage(), e);
    }
  }

  /** The story id of a doc (the smallest article id of its group). */
  public String story(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    NumericDocValues dv = leaf.reader().getNumericDocValues(IndexSchema.STORY);
    int local = doc - leaf.docBase;
    if (dv != null && dv.advanceExact(local)) {
      return RecordDocuments.longAsId(dv.longValue());
    }
    return reader.storedFields().document(doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
  }

  /** Article id → story value of every live doc. */
  public Map<String, Long> stories() throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      NumericDocValues dv = r.getNumericDocValues(IndexSchema.STORY);
      StoredFields stored = r.storedFields();
      for (int d = 0; d < r.maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        String id = stored.document(d, Set.of(IndexSchema.ID)).get(IndexSchema.ID);
        if (dv != null && dv.advanceExact(d)) {
          out.put(id, dv.longValue());
        }
      }
    }
    return out;
  }

  /** The story features of every live doc. */
  public List<StoryGrouper.Features> features() {
    List<StoryGrouper.Features> out = new ArrayList<>();
    Set<String> fields =
        Set.of(IndexSchema.ID, IndexSchema.SIMHASH, IndexSchema.DAY, IndexSchema.STORY_KEYS);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int d = 0; d < r.maxDoc(); d++) {
          if (live != null && !live.get(d)) {
            continue;
          }
          Document doc = stored.document(d, fields);
          Number sim = doc.getField(IndexSchema.SIMHASH).numericValue();
          Number day =
              doc.getField(IndexSchema.DAY) == null
                  ? null
                  : doc.getField(IndexSchema.DAY).numericValue();
          String packed = doc.get(IndexSchema.STORY_KEYS);
          Set<String> keys = new LinkedHashSet<>();
          if (packed != null && !packed.isEmpty()) {
            keys.addAll(List.of(packed.split(String.valueOf(IndexSchema.SEP))));
          }
          out.add(
              new StoryGrouper.Features(
                  doc.get(IndexSchema.ID),
                  sim.longValue(),
                  day == null ? null : day.longValue(),
                  keys));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
