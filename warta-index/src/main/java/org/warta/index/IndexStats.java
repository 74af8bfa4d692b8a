package org.warta.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.model.ArticleRecord;
import org.warta.model.Entity;

/**
 * Counts over the whole index.
 *
 * @param articles articles stored
 * @param stories story groups
 * @param entities distinct entities across articles: canonical names by {@link EntityNames#key},
 *     acronyms counted with the long form they are linked to in the same article
 * @param quantities quantities in all records
 * @param conflicts figure slots flagged as conflicts ({@link Figures})
 */
public record IndexStats(
    long articles, long stories, long entities, long quantities, long conflicts) {

  /** Computes the counts (one pass over the stored records). */
  public static IndexStats of(OpenIndex index) throws IOException {
    IndexRecords records = index.records();
    List<Integer> docs = records.allDocs();
    Set<String> stories = new HashSet<>();
    Set<String> entities = new HashSet<>();
    long quantities = 0;
    for (int doc : docs) {
      stories.add(records.story(doc));
      ArticleRecord r = records.record(doc);
      quantities += r.quantities().size();
      for (Entity e : r.entities()) {
        entities.add(EntityNames.key(e.name()));
      }
    }
    long conflicts =
        new Figures(index).slots(null, null).stream().filter(FigureSlot::conflict).count();
    return new IndexStats(docs.size(), stories.size(), entities.size(), quantities, conflicts);
  }
}
