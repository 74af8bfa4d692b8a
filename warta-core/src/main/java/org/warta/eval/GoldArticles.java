package org.warta.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;

/**
 * Finds the article a gold file refers to among directories of articles (each possibly with an
 * {@code INDEX.tsv}), checks its checksum and reads it with its metadata.
 */
public final class GoldArticles {
  private final List<Path> dirs;

  public GoldArticles(List<Path> dirs) {
    this.dirs = List.copyOf(dirs);
  }

  /** The shared dev articles and seeds ({@code data/articles}, {@code seeds}) that exist. */
  public static GoldArticles shared() {
    List<Path> dirs = new ArrayList<>();
    SharedData.resolve("data/articles").ifPresent(dirs::add);
    SharedData.resolve("seeds").ifPresent(dirs::add);
    return new GoldArticles(dirs);
  }

  public List<Path> dirs() {
    return dirs;
  }

  /**
   * The article of {@code gold}, or empty when the file is missing; fails on a checksum mismatch.
   */
  public Optional<RawArticle> load(StandoffGold gold) {
    for (Path dir : dirs) {
      Path file = dir.resolve(gold.file());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (gold.sha256() != null && !gold.sha256().equalsIgnoreCase(sha256(bytes))) {
        throw new IllegalStateException(
            file + ": checksum differs from the gold's; the offsets no longer apply");
      }
      ArticleMetadata meta = ArticleMetadata.NONE;
      Path index = dir.resolve(IndexTsv.FILE_NAME);
      if (Files.isRegularFile(index)) {
        try {
          meta = IndexTsv.read(index).metadata(gold.file());
        } catch (InputRejectedException e) {
          meta = ArticleMetadata.NONE;
        }
      }
      if (gold.published() != null) {
        meta = meta.withPublished(gold.published());
      }
      return Optional.of(
          new RawArticle(file.toString(), new String(bytes, StandardCharsets.UTF_8), meta));
    }
    return Optional.empty();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
