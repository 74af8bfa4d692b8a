package org.warta.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.warta.ingest.ArticleFiles;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.jsonl.JsonLinesRecords;
import org.warta.ingest.warc.WarcArticles;

/**
 * Lists the job's input on the driver through Hadoop's {@link FileSystem}, so that {@code file:},
 * {@code hdfs:}, {@code s3a:} and any other Hadoop file system work alike.
 *
 * <p>Directories are walked recursively in name order, as {@code warta analyze} walks them; each
 * directory's {@code INDEX.tsv} gives the metadata of the article files beside it. Hidden files
 * ({@code .name}) and Hadoop's own markers ({@code _SUCCESS}, {@code _temporary}) are passed over;
 * files that are neither articles, WARC nor JSON Lines are rejected with the reason.
 *
 * <p>Design decision: listing on the driver (rather than {@code binaryFiles}, which lists and packs
 * files itself) lets every file carry its {@code INDEX.tsv} metadata and its position in the input,
 * which fixes which copy of a duplicated article is kept and the order of the output. A listing of
 * millions of files costs a few minutes on the driver; a crawl of that size comes as WARC files,
 * thousands of records each.
 */
final class InputLister {
  private final Configuration conf;
  private final List<InputFile> files = new ArrayList<>();
  private final List<InputRejectedException> rejects = new ArrayList<>();

  InputLister(Configuration conf) {
    this.conf = conf;
  }

  /** The files named by {@code args}, in order. */
  List<InputFile> files() {
    return files;
  }

  /** Arguments and files that cannot be read, with the reasons. */
  List<InputRejectedException> rejects() {
    return rejects;
  }

  InputLister list(List<String> args) {
    for (String arg : args) {
      try {
        Path path = new Path(arg);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status;
        try {
          status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
          rejects.add(new InputRejectedException(arg, "no such file or directory"));
          continue;
        }
        boolean local = "file".equals(fs.getScheme());
        // A local argument keeps the spelling the user gave, as `warta analyze` does.
        String name = local ? localName(arg) : status.getPath().toString();
        if (status.isDirectory()) {
          walk(fs, status.getPath(), name, local);
        } else {
          Path parent = status.getPath().getParent();
          IndexTsv index = parent == null ? IndexTsv.empty() : index(fs, parent, name);
          add(status, name, index);
        }
      } catch (IOException | IllegalArgumentException e) {
        rejects.add(new InputRejectedException(arg, "cannot list (" + e.getMessage() + ")"));
      }
    }
    return this;
  }

  private void walk(FileSystem fs, Path dir, String dirName, boolean local) {
    FileStatus[] entries;
    try {
      entries = fs.listStatus(dir);
    } catch (IOException e) {
      rejects.add(
          new InputRejectedException(dirName, "cannot list directory (" + e.getMessage() + ")"));
      return;
    }
    Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
    IndexTsv index = index(fs, dir, dirName);
    for (FileStatus s : entries) {
      String file = s.getPath().getName();
      if (file.startsWith(".") || file.startsWith("_") || file.equals(IndexTsv.FILE_NAME)) {
        continue;
      }
      String name =
          local ? java.nio.file.Path.of(dirName).resolve(file).toString() : s.getPath().toString();
      if (s.isDirectory()) {
        walk(fs, s.getPath(), name, local);
      } else {
        add(s, name, index);
      }
    }
  }

  private void add(FileStatus status, String name, IndexTsv index) {
    String file = status.getPath().getName();
    InputFile.Kind kind = kindOf(file);
    if (kind == null) {
      int dot = file.lastIndexOf('.');
      rejects.add(
          new InputRejectedException(
              name,
              "unsupported file type"
                  + (dot < 0 ? "" : " (" + file.substring(dot) + ")")
                  + "; the job reads text, HTML, WARC and JSON Lines"));
      return;
    }
    ArticleMetadata meta =
        kind == InputFile.Kind.ARTICLE ? index.metadata(file) : ArticleMetadata.NONE;
    files.add(
        new InputFile(
            files.size(),
            status.getPath().toString(),
            name,
            kind,
            status.getLen(),
            meta.url(),
            meta.outlet(),
            meta.published(),
            meta.language()));
  }

  /** How a file is read, by its name; null when the job does not read it. */
  static InputFile.Kind kindOf(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    if (WarcArticles.isWarcName(lower)) {
      return InputFile.Kind.WARC;
    }
    if (JsonLinesRecords.isJsonLinesName(lower)) {
      return InputFile.Kind.JSONL;
    }
    return ArticleFiles.isArticleName(file) ? InputFile.Kind.ARTICLE : null;
  }

  private IndexTsv index(FileSystem fs, Path dir, String dirName) {
    Path path = new Path(dir, IndexTsv.FILE_NAME);
    try {
      if (!fs.exists(path)) {
        return IndexTsv.empty();
      }
      try (InputStream in = fs.open(path)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return IndexTsv.parse(text.lines().toList(), path.toString());
      }
    } catch (InputRejectedException e) {
      rejects.add(e);
    } catch (IOException e) {
      rejects.add(
          new InputRejectedException(
              dirName + "/" + IndexTsv.FILE_NAME, "cannot read index (" + e.getMessage() + ")"));
    }
    return IndexTsv.empty();
  }

  private static String localName(String arg) {
    return arg.startsWith("file:") ? new Path(arg).toUri().getPath() : arg;
  }
}
