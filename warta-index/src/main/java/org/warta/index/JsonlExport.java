package org.warta.index;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Writes the stored records as JSON Lines, exactly as {@code warta analyze --format json} printed
 * them (the index stores each record's line as written), ordered by source path, then id.
 */
public final class JsonlExport {
  private JsonlExport() {}

  public static long write(OpenIndex index, Writer out) throws IOException {
    record Line(String path, String id, int doc) {}
    List<Line> lines = new ArrayList<>();
    for (int doc : index.records().allDocs()) {
      var d = index.reader().storedFields().document(doc, Set.of(IndexSchema.ID));
      String id = d.get(IndexSchema.ID);
      lines.add(new Line(index.records().record(doc).source().path(), id, doc));
    }
    lines.sort(
        Comparator.comparing(Line::path, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Line::id));
    for (Line l : lines) {
      out.write(index.records().json(l.doc()));
      out.write('\n');
    }
    out.flush();
    return lines.size();
  }
}
