package org.warta.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.warta.ingest.html.HtmlDecoder;
import org.warta.ingest.warc.WarcArticles;

/**
 * Expands command-line arguments (files, directories, {@code -} for standard input) into {@link
 * ArticleInput}s and reads them into {@link RawArticle}s.
 *
 * <p>A directory is walked recursively in name order; hidden files, {@code INDEX.tsv} and files
 * with an extension other than {@code .txt}/{@code .text} (or none), {@code .html}/{@code .htm} and
 * {@code .html.gz}/{@code .htm.gz} and {@code .warc}/{@code .warc.gz} are not articles. Each
 * directory's {@code INDEX.tsv} supplies metadata for the files beside it. A WARC file is listed
 * like an article file but holds many: callers read it with {@link WarcArticles} ({@link #read}
 * rejects it).
 *
 * <p>HTML is recognised by extension or, for any other input, by content (a document starting with
 * {@code <!DOCTYPE html>}, {@code <html>} or {@code <head>}); it is decoded by {@link HtmlDecoder}
 * (charset from byte-order mark, {@code <meta>}, content) and marked {@link ContentType#HTML}. Gzip
 * files are decompressed with the same size limit on the decompressed data; a truncated or corrupt
 * one is rejected with a reason.
 */
public final class ArticleFiles {
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm");

  private final TextDecoder decoder;

  public ArticleFiles(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /**
   * The inputs named by {@code args}, in order. Arguments that cannot be opened are passed to
   * {@code rejected} and left out.
   */
  public List<ArticleInput> expand(List<String> args, Consumer<InputRejectedException> rejected) {
    List<ArticleInput> inputs = new ArrayList<>();
    for (String arg : args) {
      if ("-".equals(arg)) {
        inputs.add(new ArticleInput("-", null, ArticleMetadata.NONE));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        expandDirectory(path, inputs, rejected, new HashSet<>());
      } else if (Files.isRegularFile(path)) {
        IndexTsv index = indexOf(path.getParent(), rejected);
        inputs.add(new ArticleInput(arg, path, index.metadata(path.getFileName().toString())));
      } else if (Files.exists(path)) {
        rejected.accept(new InputRejectedException(arg, "not a regular file or directory"));
      } else {
        rejected.accept(new InputRejectedException(arg, "no such file or directory"));
      }
    }
    return inputs;
  }

  /**
   * Adds the articles under {@code dir}. A directory reached again through a symbolic link (a loop
   * such as {@code sub/up -> ..}) is reported and not walked again, so no article is read twice.
   */
  private void expandDirectory(
      Path dir,
      List<ArticleInput> inputs,
      Consumer<InputRejectedException> rejected,
      Set<Path> visited) {
    try {
      if (!visited.add(dir.toRealPath())) {
        rejected.accept(
            new InputRejectedException(
                dir.toString(), "directory already read (a symbolic link loop); not read again"));
        return;
      }
    } catch (IOException e) {
      rejected.accept(new InputRejectedException(dir.toString(), reason(e)));
      return;
    }
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = s.sorted().collect(Collectors.toList());
    } catch (IOException e) {
      rejected.accept(
          new InputRejectedException(dir.toString(), "cannot list directory: " + reason(e)));
      return;
    }
    IndexTsv index = indexOf(dir, rejected);
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (name.startsWith(".") || name.equals(IndexTsv.FILE_NAME)) {
        continue;
      }
      if (Files.isDirectory(p)) {
        expandDirectory(p, inputs, rejected, visited);
      } else if (isArticleName(name) || WarcArticles.isWarcName(name)) {
        inputs.add(new ArticleInput(p.toString(), p, index.metadata(name)));
      }
    }
  }

  private static IndexTsv indexOf(Path dir, Consumer<InputRejectedException> rejected) {
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

  /** Reads and decodes one input. */
  public RawArticle read(ArticleInput input, InputStream stdin) throws InputRejectedException {
    if (!input.isStdin() && WarcArticles.isWarcName(input.path().getFileName().toString())) {
      throw new InputRejectedException(
          input.name(), "a WARC file holds many articles; read it with warta analyze or ingest");
    }
    byte[] bytes;
    try {
      if (input.isStdin()) {
        bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, decoder.maxBytes() + 1));
      } else {
        decoder.checkSize(input.name(), Files.size(input.path()));
        bytes = Files.readAllBytes(input.path());
      }
    } catch (IOException e) {
      throw new InputRejectedException(input.name(), reason(e));
    }
    String name = input.isStdin() ? "" : input.path().getFileName().toString();
    return decode(input.name(), name, bytes, input.metadata());
  }

  /**
   * Turns the bytes of one file into an article exactly as {@link #read} does (gzip by extension,
   * HTML by extension or content, text decoding): for readers whose bytes come from elsewhere (the
   * Spark job reads them through Hadoop's file systems).
   *
   * @param name the input's name for messages and the record's {@code source.path}
   * @param fileName the file name whose extension decides the format ({@code ""} for none)
   */
  public RawArticle decode(String name, String fileName, byte[] bytes, ArticleMetadata metadata)
      throws InputRejectedException {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      bytes = gunzip(name, bytes, decoder.maxBytes());
      lower = lower.substring(0, lower.length() - 3);
    }
    if (HTML_EXTENSIONS.contains(extension(lower)) || HtmlDecoder.looksLikeHtml(bytes)) {
      decoder.checkSize(name, bytes.length);
      TextDecoder.Decoded page = HtmlDecoder.decodeDetailed(name, bytes, null);
      return new RawArticle(name, page.text(), metadata, ContentType.HTML, page.encoding());
    }
    TextDecoder.Decoded text = decoder.decodeDetailed(name, bytes);
    return new RawArticle(name, text.text(), metadata, ContentType.TEXT, text.encoding());
  }

  /** Whether a file in a directory is read as an article. */
  public static boolean isArticleName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html.gz") || lower.endsWith(".htm.gz")) {
      return true;
    }
    String ext = extension(lower);
    return TEXT_EXTENSIONS.contains(ext) || HTML_EXTENSIONS.contains(ext);
  }

  /** Decompresses gzip data, refusing more than {@code maxBytes} of output. */
  static byte[] gunzip(String name, byte[] data, long maxBytes) throws InputRejectedException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (out.length > maxBytes) {
        throw new InputRejectedException(
            name,
            "too large when decompressed (more than "
                + maxBytes
                + " bytes, raise the limit with --max-bytes)");
      }
      return out;
    } catch (EOFException e) {
      throw new InputRejectedException(name, "truncated gzip data");
    } catch (ZipException e) {
      throw new InputRejectedException(name, "not valid gzip data (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new InputRejectedException(name, reason(e));
    }
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** A short reason for an I/O failure, without a stack trace. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return "cannot read (" + (m == null ? e.getClass().getSimpleName() : m) + ")";
  }
}
