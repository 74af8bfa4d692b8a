package org.warta.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stand-off gold for one article: spans into the original file (UTF-16 offsets of the file decoded
 * as UTF-8, end exclusive) with extra columns. The TSV format:
 *
 * <pre>
 * # file 008_republika-gempa-banten-4-meninggal.txt
 * # sha256 &lt;hex SHA-256 of the file's bytes&gt;
 * # published 2019-08-03            (optional; else the articles' INDEX.tsv)
 * start	end	text	...
 * 410	475	Yang meninggal dunia ...	Agus Wibowo
 * </pre>
 *
 * {@code -} in a column stands for "none".
 *
 * @param file the article's file name
 * @param sha256 checksum of the article file the offsets refer to
 * @param published publication date from the header, or null
 * @param columns the column names after {@code start end text}
 */
public record StandoffGold(
    String file, String sha256, String published, List<String> columns, List<Row> rows) {

  /** One gold span with its extra column values ({@code null} for {@code -}). */
  public record Row(int start, int end, String text, List<String> fields) {
    /** The value of extra column {@code i}, or null for {@code -}. */
    public String field(int i) {
      return i < fields.size() ? fields.get(i) : null;
    }
  }

  public StandoffGold {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** Reads one gold file. */
  public static StandoffGold read(Path tsv) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String file = null;
    String sha = null;
    String published = null;
    List<String> columns = List.of();
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String[] kv = line.substring(1).strip().split("\\s+", 2);
        if (kv.length == 2) {
          switch (kv[0]) {
            case "file" -> file = kv[1].strip();
            case "sha256" -> sha = kv[1].strip();
            case "published" -> published = kv[1].strip();
            default -> {}
          }
        }
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells[0].equals("start")) {
        columns = List.of(cells).subList(Math.min(3, cells.length), cells.length);
        continue;
      }
      if (cells.length < 3) {
        throw new IllegalArgumentException(tsv + ": bad row: " + line);
      }
      List<String> fields = new ArrayList<>();
      for (int i = 3; i < cells.length; i++) {
        fields.add("-".equals(cells[i]) || cells[i].isEmpty() ? null : cells[i]);
      }
      rows.add(
          new Row(
              Integer.parseInt(cells[0]),
              Integer.parseInt(cells[1]),
              cells[2],
              java.util.Collections.unmodifiableList(fields)));
    }
    if (file == null) {
      throw new IllegalArgumentException(tsv + ": no '# file' header");
    }
    return new StandoffGold(file, sha, published, columns, rows);
  }

  /** Every {@code *.tsv} of {@code dir}, sorted by name. */
  public static List<StandoffGold> readDir(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tsv"))
          .sorted()
          .map(StandoffGold::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The published date from the header, if any. */
  public Optional<String> publishedDate() {
    return Optional.ofNullable(published);
  }
}
