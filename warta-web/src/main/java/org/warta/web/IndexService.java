package org.warta.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.index.ArticleSearcher;
import org.warta.index.CsvExport;
import org.warta.index.EntityPage;
import org.warta.index.EntityPages;
import org.warta.index.FigureSlot;
import org.warta.index.Figures;
import org.warta.index.GkgExport;
import org.warta.index.IndexSchema;
import org.warta.index.IndexStats;
import org.warta.index.IngestSummary;
import org.warta.index.Ingester;
import org.warta.index.JsonlExport;
import org.warta.index.OpenIndex;
import org.warta.index.SearchRequest;
import org.warta.index.SearchResult;
import org.warta.ingest.InputRejectedException;
import org.warta.io.RecordJsonReader;
import org.warta.model.ArticleRecord;

/**
 * The server's view of the index directory: opened read-only at startup (or later, once an ingest
 * has created it), reopened after an ingest through the API. Readers hold a read lock, the swap to
 * a new commit a write lock, so no query ever sees a closed reader. When the directory holds no
 * index, every index operation answers 503 with a message saying how to create one.
 */
final class IndexService implements AutoCloseable {
  private final Path dir;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Object ingestLock = new Object();
  private volatile OpenIndex index;

  IndexService(Path dir) {
    this.dir = dir;
    try {
      this.index = OpenIndex.open(dir);
    } catch (IOException e) {
      this.index = null; // no index yet: pages say so, ingest may create it
    }
  }

  Path dir() {
    return dir;
  }

  boolean available() {
    return index != null;
  }

  /** Work on the open index, under the read lock. */
  interface IndexWork<T> {
    T apply(OpenIndex index) throws IOException;
  }

  <T> T read(IndexWork<T> work) {
    lock.readLock().lock();
    try {
      OpenIndex i = index;
      if (i == null) {
        throw new ProblemException(
            503,
            "No index",
            "the server has no index in "
                + dir.getFileName()
                + " yet; create one with: warta ingest SOURCE --index DIR, then start warta serve"
                + " --index DIR");
      }
      return work.apply(i);
    } catch (IOException e) {
      throw new ProblemException(500, "Index error", "the index could not be read");
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The stored JSON line of an article (exactly as {@code warta analyze} printed it), or null. */
  String articleJson(String id) {
    return read(
        i -> {
          int doc = docOf(i, id);
          return doc < 0 ? null : i.records().json(doc);
        });
  }

  /** The record of an article, or null. */
  ArticleRecord article(String id) {
    return read(
        i -> {
          int doc = docOf(i, id);
          if (doc < 0) {
            return null;
          }
          try {
            return new RecordJsonReader().read(i.records().json(doc));
          } catch (RecordJsonReader.BadRecordException e) {
            throw new IOException(e.getMessage(), e);
          }
        });
  }

  private static int docOf(OpenIndex i, String id) throws IOException {
    TopDocs top = i.searcher().search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  SearchResult search(SearchRequest r) {
    return read(i -> new ArticleSearcher(i).search(r));
  }

  /** The entity page, or null when no article mentions the name. */
  EntityPage entity(String name) {
    return read(i -> new EntityPages(i).page(name));
  }

  /** Figure slots of the articles matching the search (all articles when it is empty). */
  List<FigureSlot> figures(SearchRequest filter, String category, boolean conflictsOnly) {
    return read(
        i -> {
          Query q = null;
          boolean any =
              filter.query() != null
                  || filter.entity() != null
                  || filter.from() != null
                  || filter.to() != null
                  || filter.eventType() != null
                  || filter.language() != null;
          if (any) {
            q = new ArticleSearcher(i).query(filter);
          }
          List<FigureSlot> slots = new Figures(i).slots(q, category);
          if (conflictsOnly) {
            slots = slots.stream().filter(FigureSlot::conflict).toList();
          }
          return slots;
        });
  }

  IndexStats stats() {
    return read(IndexStats::of);
  }

  /** Export formats. */
  enum ExportFormat {
    jsonl,
    csv,
    gkg
  }

  /** Writes an export to {@code out}: JSON Lines, the CSV tables in a ZIP, or GKG TSV. */
  void export(ExportFormat format, OutputStream out) {
    read(
        i -> {
          switch (format) {
            case jsonl -> {
              Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
              JsonlExport.write(i, w);
              w.flush();
            }
            case gkg -> {
              Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
              GkgExport.write(i, w);
              w.flush();
            }
            case csv -> {
              Path tmp = Files.createTempDirectory("warta-export");
              try {
                CsvExport.write(i, tmp);
                ZipOutputStream zip = new ZipOutputStream(out);
                List<Path> files;
                try (Stream<Path> s = Files.list(tmp)) {
                  files = new ArrayList<>(s.sorted(Comparator.naturalOrder()).toList());
                }
                for (Path f : files) {
                  zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                  Files.copy(f, zip);
                  zip.closeEntry();
                }
                zip.finish();
              } finally {
                deleteTree(tmp);
              }
            }
          }
          return null;
        });
  }

  /**
   * Ingests one article given as text (the analyze endpoint's input) and reopens the index on the
   * new commit. Ingests run one at a time.
   */
  IngestSummary ingest(
      ArticleAnalyzer analyzer, byte[] content, String published, String url, String outlet) {
    synchronized (ingestLock) {
      Path tmp = null;
      try {
        tmp = Files.createTempDirectory("warta-ingest");
        Files.write(tmp.resolve("article.txt"), content);
        String row =
            "article.txt\t\t" + tsv(published) + "\t" + tsv(outlet) + "\t" + tsv(url) + "\n";
        Files.writeString(
            tmp.resolve("INDEX.tsv"),
            "file\tlanguage\tpublished\tsource\turl\n" + row,
            StandardCharsets.UTF_8);
        List<String> rejected = new ArrayList<>();
        IngestSummary s =
            new Ingester(analyzer)
                .run(
                    List.of(tmp.toString()),
                    dir,
                    Ingester.Options.defaults(),
                    new Ingester.Listener() {
                      @Override
                      public void skipped(InputRejectedException e) {
                        rejected.add(e.reason());
                      }
                    });
        if (!rejected.isEmpty() && s.ingested() == 0 && s.duplicates() == 0) {
          throw new ProblemException(
              422, "Article not ingested", "the article was skipped: " + rejected.get(0));
        }
        reopen();
        return s;
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        throw new ProblemException(
            409, "Index busy", "another process is writing to the index; try again later");
      } catch (IOException e) {
        throw new ProblemException(500, "Ingest failed", "the article could not be ingested");
      } finally {
        if (tmp != null) {
          deleteTree(tmp);
        }
      }
    }
  }

  private static String tsv(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
  }

  /** Opens the latest commit and swaps it in. */
  void reopen() throws IOException {
    OpenIndex fresh = OpenIndex.open(dir);
    OpenIndex old;
    lock.writeLock().lock();
    try {
      old = index;
      index = fresh;
    } finally {
      lock.writeLock().unlock();
    }
    if (old != null) {
      old.close();
    }
  }

  private static void deleteTree(Path p) {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  @Override
  public void close() throws IOException {
    lock.writeLock().lock();
    try {
      if (index != null) {
        index.close();
        index = null;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }
}
