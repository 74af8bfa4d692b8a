package org.warta.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file (with the metadata its directory's {@code INDEX.tsv} gives) or standard
 * input ({@code path == null}).
 */
public record ArticleInput(String name, Path path, ArticleMetadata metadata) {
  public ArticleInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metadata, "metadata");
  }

  public boolean isStdin() {
    return path == null;
  }
}
