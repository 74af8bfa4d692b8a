package org.warta.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;

/**
 * The fictional example articles bundled with Warta (written by its developers; see {@code
 * org/warta/examples/README.md}), for the demo and golden-file tests.
 */
public final class ExampleArticles {
  private static final String DIR = "/org/warta/examples/";

  private ExampleArticles() {}

  /** The examples in the order of their {@code INDEX.tsv}. */
  public static List<RawArticle> all() {
    List<String> lines = List.of(read("INDEX.tsv").split("\n"));
    IndexTsv index;
    try {
      index = IndexTsv.parse(lines, DIR + "INDEX.tsv");
    } catch (InputRejectedException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    List<RawArticle> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String file = line.split("\t", -1)[0];
      out.add(new RawArticle("examples/" + file, read(file), index.metadata(file)));
    }
    return out;
  }

  private static String read(String name) {
    try (InputStream in = ExampleArticles.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing example resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
