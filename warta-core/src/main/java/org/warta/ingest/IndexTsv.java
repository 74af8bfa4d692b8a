package org.warta.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Metadata of the articles of a directory, read from its {@code INDEX.tsv}: a header row naming the
 * columns, then one row per file. Recognised columns: {@code file} (required), {@code language},
 * {@code published}, {@code source} (the outlet), {@code url}; others are ignored.
 */
public final class IndexTsv {
  public static final String FILE_NAME = "INDEX.tsv";

  private final Map<String, ArticleMetadata> byFile;

  private IndexTsv(Map<String, ArticleMetadata> byFile) {
    this.byFile = byFile;
  }

  /** An index with no rows. */
  public static IndexTsv empty() {
    return new IndexTsv(Map.of());
  }

  /** Reads {@code file}. */
  public static IndexTsv read(Path file) throws InputRejectedException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputRejectedException(file.toString(), "index is not valid UTF-8 text; ignored");
    } catch (IOException e) {
      throw new InputRejectedException(file.toString(), "cannot read index: " + e.getMessage());
    }
    return parse(lines, file.toString());
  }

  /** Parses the lines of an index; {@code name} names it in error messages. */
  public static IndexTsv parse(List<String> lines, String name) throws InputRejectedException {
    if (lines.isEmpty()) {
      return empty();
    }
    String[] header = lines.get(0).split("\t", -1);
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      col.put(header[i].strip().toLowerCase(Locale.ROOT), i);
    }
    if (!col.containsKey("file")) {
      throw new InputRejectedException(name, "index has no 'file' column");
    }
    Map<String, ArticleMetadata> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      rows.put(
          cell(cells, col, "file"),
          new ArticleMetadata(
              cell(cells, col, "url"),
              cell(cells, col, "source"),
              cell(cells, col, "published"),
              cell(cells, col, "language")));
    }
    return new IndexTsv(rows);
  }

  /** The metadata of file {@code name} (relative to the index's directory), or NONE. */
  public ArticleMetadata metadata(String name) {
    return byFile.getOrDefault(name, ArticleMetadata.NONE);
  }

  private static String cell(String[] cells, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    if (i == null || i >= cells.length) {
      return null;
    }
    String v = cells[i].strip();
    return v.isEmpty() ? null : v;
  }
}
