package org.warta.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A read-only view of the last commit of an index: the reader, a searcher and the stored records.
 * Readers see only committed data, so they can be opened while an ingest runs.
 */
public final class OpenIndex implements Closeable {
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final IndexRecords records;
  private org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facetState;
  private boolean noFacets;

  private OpenIndex(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.records = new IndexRecords(reader);
  }

  /** Thrown when a directory holds no index. */
  public static final class NoIndexException extends IOException {
    public NoIndexException(Path dir) {
      super(
          "no Warta index in "
              + dir
              + " (create one with: warta ingest SOURCE --index "
              + dir
              + ")");
    }
  }

  /** Opens the index at {@code dir}. */
  public static OpenIndex open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoIndexException(dir);
    }
    Directory d = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(d)) {
        throw new NoIndexException(dir);
      }
      return new OpenIndex(d, DirectoryReader.open(d));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  public DirectoryReader reader() {
    return reader;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public IndexRecords records() {
    return records;
  }

  /**
   * The facet state of this reader, built once (it maps every facet label to an ordinal, which
   * costs a pass over the doc values), or null when no article has facets.
   */
  public synchronized org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState facetState()
      throws IOException {
    if (facetState == null && !noFacets) {
      try {
        facetState =
            new org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState(
                reader, IndexSchema.facetsConfig());
      } catch (IllegalArgumentException e) {
        noFacets = true;
      }
    }
    return facetState;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
