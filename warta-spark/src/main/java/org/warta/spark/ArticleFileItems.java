package org.warta.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.InputRejectedException;

/**
 * The one article of a plain-text or HTML file, decoded by {@link ArticleFiles#decode} exactly as
 * {@code warta analyze} decodes it (size limit, gzip, HTML by extension or content, strict UTF-8).
 */
final class ArticleFileItems implements ItemReader {
  private final InputFile file;
  private final Opener opener;
  private final ArticleFiles files;
  private final long maxBytes;
  private boolean done;

  /** Opens the file's stream (on the executor, through Hadoop). */
  interface Opener {
    InputStream open() throws IOException;
  }

  ArticleFileItems(InputFile file, Opener opener, ArticleFiles files, long maxBytes) {
    this.file = file;
    this.opener = opener;
    this.files = files;
    this.maxBytes = maxBytes;
  }

  @Override
  public boolean hasNext() {
    return !done;
  }

  @Override
  public SourceItem next() {
    if (done) {
      throw new NoSuchElementException();
    }
    done = true;
    String name = file.name();
    if (file.size() > maxBytes) {
      return SourceItem.rejected(
          0,
          name,
          "too large ("
              + file.size()
              + " bytes; the limit is "
              + maxBytes
              + " bytes, raise it"
              + " with --max-bytes)");
    }
    byte[] bytes;
    try (InputStream in = opener.open()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      return SourceItem.rejected(0, name, "cannot read (" + e.getMessage() + ")");
    }
    try {
      return SourceItem.article(
          0, files.decode(name, file.fileName(), bytes, file.metadata()), ArticleMetadata.NONE);
    } catch (InputRejectedException e) {
      return SourceItem.rejected(0, e);
    }
  }

  @Override
  public void close() {}
}
