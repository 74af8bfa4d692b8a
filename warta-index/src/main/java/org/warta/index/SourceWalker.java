package org.warta.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.feed.FeedReader;
import org.warta.ingest.jsonl.JsonLinesRecords;
import org.warta.ingest.warc.WarcArticles;

/**
 * Expands the sources named on the command line into files, each with the kind of reader it needs:
 * WARC ({@code .warc}, {@code .warc.gz}), JSON Lines of records ({@code .jsonl}, {@code .ndjson},
 * {@code .json}, optionally gzipped), feeds ({@code .rss}, {@code .atom}, {@code .xml}, or any text
 * file starting like a feed), and articles (plain text or HTML, as {@code warta analyze} reads
 * them, with the metadata of the directory's {@code INDEX.tsv}). Directories are walked recursively
 * in name order; hidden files and {@code INDEX.tsv} are passed over; files of any other type are
 * reported as unsupported.
 *
 * <p>The output directory of the Spark job ({@code warta spark}: {@code summary.json} beside {@code
 * jsonl/} and {@code parquet/}) is read through its {@code jsonl/} records only: its Parquet tables
 * hold the same articles, flattened, and its rejects and summary are not articles.
 */
final class SourceWalker {
  /** How a file is read. */
  enum Kind {
    ARTICLE,
    WARC,
    FEED,
    JSONL
  }

  /** One file to read. {@code path} is null for standard input. */
  record Source(String name, Path path, Kind kind, ArticleMetadata metadata, long size) {}

  private static final Set<String> ARTICLE_EXT = Set.of("txt", "text", "", "html", "htm");
  private static final Set<String> FEED_EXT = Set.of("rss", "atom", "xml");

  List<Source> expand(List<String> args, Consumer<InputRejectedException> rejected) {
    List<Source> out = new ArrayList<>();
    Set<Path> visited = new HashSet<>();
    for (String arg : args) {
      if ("-".equals(arg)) {
        out.add(new Source("-", null, Kind.ARTICLE, ArticleMetadata.NONE, 0));
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        walk(p, out, rejected, visited);
      } else if (Files.isRegularFile(p)) {
        IndexTsv index = index(p.toAbsolutePath().getParent(), rejected);
        add(p, arg, index, out, rejected);
      } else {
        rejected.accept(
            new InputRejectedException(
                arg,
                Files.exists(p) ? "not a regular file or directory" : "no such file or directory"));
      }
    }
    return out;
  }

  /**
   * Adds the files under {@code dir}. A directory reached again through a symbolic link (a loop
   * such as {@code sub/up -> ..}) is reported and not walked again: following it would list the
   * same files once per level until the path grew too long.
   */
  private void walk(
      Path dir, List<Source> out, Consumer<InputRejectedException> rejected, Set<Path> visited) {
    try {
      if (!visited.add(dir.toRealPath())) {
        rejected.accept(
            new InputRejectedException(
                dir.toString(), "directory already read (a symbolic link loop); not read again"));
        return;
      }
    } catch (IOException e) {
      rejected.accept(
          new InputRejectedException(
              dir.toString(), "cannot read directory (" + e.getMessage() + ")"));
      return;
    }
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().toList();
    } catch (IOException e) {
      rejected.accept(
          new InputRejectedException(
              dir.toString(), "cannot list directory (" + e.getMessage() + ")"));
      return;
    }
    if (isSparkOutput(dir)) {
      walk(dir.resolve(SPARK_RECORDS), out, rejected, visited);
      return;
    }
    IndexTsv index = index(dir, rejected);
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.startsWith(".") || name.equals(IndexTsv.FILE_NAME)) {
        continue;
      }
      if (Files.isDirectory(p)) {
        walk(p, out, rejected, visited);
      } else if (Files.isRegularFile(p)) {
        add(p, p.toString(), index, out, rejected);
      }
    }
  }

  private static final String SPARK_SUMMARY = "summary.json";
  private static final String SPARK_RECORDS = "jsonl";

  /** Whether {@code dir} is the output of the Spark job (see the class note). */
  static boolean isSparkOutput(Path dir) {
    return Files.isRegularFile(dir.resolve(SPARK_SUMMARY))
        && Files.isDirectory(dir.resolve(SPARK_RECORDS))
        && Files.isDirectory(dir.resolve("parquet"));
  }

  private static void add(
      Path p,
      String name,
      IndexTsv index,
      List<Source> out,
      Consumer<InputRejectedException> rejected) {
    String file = p.getFileName().toString();
    Kind kind = kindOf(p, file);
    if (kind == null) {
      rejected.accept(
          new InputRejectedException(name, "unsupported file type" + describeExtension(file)));
      return;
    }
    long size;
    try {
      size = Files.size(p);
    } catch (IOException e) {
      size = 0;
    }
    out.add(new Source(name, p, kind, index.metadata(file), size));
  }

  static Kind kindOf(Path p, String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (WarcArticles.isWarcName(lower)) {
      return Kind.WARC;
    }
    if (JsonLinesRecords.isJsonLinesName(lower)) {
      return Kind.JSONL;
    }
    String ext = extension(lower);
    if (FEED_EXT.contains(ext)) {
      return Kind.FEED;
    }
    if (lower.endsWith(".html.gz") || lower.endsWith(".htm.gz")) {
      return Kind.ARTICLE;
    }
    if (ARTICLE_EXT.contains(ext)) {
      return sniffFeed(p) ? Kind.FEED : Kind.ARTICLE;
    }
    return null;
  }

  /** Whether a text file is in fact a feed (starts with an XML declaration or a feed element). */
  private static boolean sniffFeed(Path p) {
    byte[] head;
    try (InputStream in = Files.newInputStream(p)) {
      head = in.readNBytes(1024);
    } catch (IOException e) {
      return false;
    }
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    return i < head.length && head[i] == '<' && FeedReader.looksLikeFeed(head);
  }

  private static IndexTsv index(Path dir, Consumer<InputRejectedException> rejected) {
    Path index = (dir == null ? Path.of(".") : dir).resolve(IndexTsv.FILE_NAME);
    if (!Files.isRegularFile(index)) {
      return IndexTsv.empty();
    }
    try {
      return IndexTsv.read(index);
    } catch (InputRejectedException e) {
      rejected.accept(e);
      return IndexTsv.empty();
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static String describeExtension(String file) {
    String ext = extension(file.toLowerCase(Locale.ROOT));
    return ext.isEmpty()
        ? ""
        : " (." + ext + "; ingest reads text, HTML, WARC, RSS/Atom and JSON Lines)";
  }
}
