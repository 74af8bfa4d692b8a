package org.warta.spark;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.TextDecoder;
import org.warta.model.ArticleRecord;

/**
 * The work of one partition: reads its files item by item and turns each item into an {@link
 * Outcome}, lazily (one article in memory at a time, whatever the size of a WARC file).
 *
 * <p>An article already analysed earlier in the same partition is not analysed again (it becomes a
 * {@link Outcome.Kind#DUPLICATE} marker); duplicates across partitions are resolved by the job's
 * {@code reduceByKey}. Nothing read from the input can fail the task: unreadable files and items,
 * empty articles and errors inside the pipeline all become rejects with a reason.
 */
final class PartitionAnalyzer implements Iterator<Outcome> {
  private final Iterator<InputFile> files;
  private final Configuration conf;
  private final JobSettings settings;
  private final TextDecoder decoder;
  private final ArticleFiles articleFiles;
  private final Set<String> seen = new HashSet<>();
  private InputFile current;
  private ItemReader items;
  private Outcome next;

  PartitionAnalyzer(Iterator<InputFile> files, Configuration conf, JobSettings settings) {
    this.files = files;
    this.conf = conf;
    this.settings = settings;
    this.decoder = settings.decoder();
    this.articleFiles = new ArticleFiles(decoder);
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (items != null && items.hasNext()) {
        next = outcome(current, items.next());
      } else {
        if (items != null) {
          items.close();
          items = null;
        }
        if (!files.hasNext()) {
          return false;
        }
        current = files.next();
        try {
          items = open(current);
        } catch (IOException | RuntimeException e) {
          next = Outcome.reject(ordinal(current, 0), current.name(), "cannot open (" + e + ")");
        }
      }
    }
    return true;
  }

  @Override
  public Outcome next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Outcome o = next;
    next = null;
    return o;
  }

  private ItemReader open(InputFile file) throws IOException {
    Path path = new Path(file.uri());
    switch (file.kind()) {
      case WARC:
        return new WarcItems(file.name(), path.getFileSystem(conf).open(path), decoder);
      case JSONL:
        return new JsonLinesItems(
            file.name(), file.fileName(), path.getFileSystem(conf).open(path), settings.maxBytes());
      case ARTICLE:
      default:
        return new ArticleFileItems(
            file, () -> path.getFileSystem(conf).open(path), articleFiles, decoder.maxBytes());
    }
  }

  private Outcome outcome(InputFile file, SourceItem item) {
    long ordinal = ordinal(file, item.number());
    if (item.rejection() != null) {
      return Outcome.reject(ordinal, item.rejection().input(), item.rejection().reason());
    }
    String name = item.raw().name();
    try {
      ArticleAnalyzer analyzer = WartaExecutor.analyzer();
      ArticleAnalyzer.Prepared p = analyzer.prepare(item.raw(), item.fallback());
      if (p.cleaned().text().isBlank()) {
        return Outcome.reject(ordinal, name, "no article text (empty after cleaning)");
      }
      if (!seen.add(p.id())) {
        return Outcome.duplicate(ordinal, p.id(), name);
      }
      Analysis a = analyzer.analyzeDetailed(p.raw(), p.cleaned());
      ArticleRecord r = a.record();
      return Outcome.article(
          ordinal,
          r.id(),
          name,
          r.language(),
          TableRows.month(r.published()),
          WartaExecutor.json().toJson(r, p.raw().content()),
          TableRows.of(r));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in a stage must not stop the job: the article is rejected like unreadable input.
      return Outcome.reject(
          ordinal, name, "internal error while analyzing (" + e + "); please report it");
    }
  }

  /** The item's position in the whole input: file index, then item number. */
  static long ordinal(InputFile file, int item) {
    return ((long) file.index() << 32) | (item & 0xffffffffL);
  }
}
