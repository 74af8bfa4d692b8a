package org.warta.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warta.eval.GoldArticles;

/** Locates the project's gold directories and the articles they annotate, for eval commands. */
final class GoldDirs {
  private GoldDirs() {}

  /** {@code gold/<layer>} of the project: from the working directory or its parent. */
  static Path gold(String layer) {
    for (String base : new String[] {"gold", "../gold"}) {
      Path p = Path.of(base, layer);
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return Path.of("gold", layer);
  }

  /** The given article directories, or the shared dev articles and seeds. */
  static GoldArticles articles(List<Path> dirs) {
    if (dirs == null || dirs.isEmpty()) {
      return GoldArticles.shared();
    }
    return new GoldArticles(new ArrayList<>(dirs));
  }
}
