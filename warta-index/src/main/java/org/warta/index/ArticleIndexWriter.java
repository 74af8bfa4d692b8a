package org.warta.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The one {@link IndexWriter} of an ingest. Documents are keyed by record id and written with
 * {@link IndexWriter#updateDocument}, so an article written twice is stored once.
 *
 * <p>Crash safety comes from Lucene's commit protocol: a commit writes new segment files, fsyncs
 * them, then atomically publishes a new {@code segments_N}; a process killed at any moment leaves
 * the previous commit intact and readable, and the next writer deletes the unreferenced files. An
 * ingest commits every N articles and at the end, so a killed ingest loses at most the articles
 * since the last commit, which the rerun adds (it skips the ids already committed).
 */
public final class ArticleIndexWriter implements Closeable {
  private final Directory directory;
  private final IndexWriter writer;

  private ArticleIndexWriter(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Opens (creating if needed) the index in {@code dir}. */
  public static ArticleIndexWriter open(Path dir) throws IOException {
    Files.createDirectories(dir);
    Directory d = FSDirectory.open(dir);
    IndexWriterConfig c = new IndexWriterConfig(IndexSchema.analyzer());
    c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    c.setRAMBufferSizeMB(64);
    c.setCommitOnClose(false);
    try {
      return new ArticleIndexWriter(d, new IndexWriter(d, c));
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
  }

  public IndexWriter writer() {
    return writer;
  }

  /** The ids of every article in the last commit. */
  public Set<String> committedIds() throws IOException {
    Set<String> ids = new HashSet<>();
    if (!DirectoryReader.indexExists(directory)) {
      return ids;
    }
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      for (LeafReaderContext leaf : r.leaves()) {
        Terms terms = leaf.reader().terms(IndexSchema.ID);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        BytesRef t;
        while ((t = te.next()) != null) {
          if (te.docFreq() > 0) {
            ids.add(t.utf8ToString());
          }
        }
      }
    }
    return ids;
  }

  /** Adds or replaces the article {@code id}. Thread-safe. */
  public void put(String id, Document doc) throws IOException {
    writer.updateDocument(new Term(IndexSchema.ID, id), doc);
  }

  /** Makes everything written so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
