package org.warta.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands command-line arguments (files, directories, {@code -} for standard input) into {@link
 * ArticleInput}s and reads them into {@link RawArticle}s.
 *
 * <p>A directory is walked recursively in name order; hidden files, {@code INDEX.tsv} and files
 * with an extension other than {@code .txt}/{@code .text} (or none) are not articles. Each
 * directory's {@code INDEX.tsv} supplies metadata for the files beside it.
 */
public final class ArticleFiles {
  private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "");

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
        expandDirectory(path, inputs, rejected);
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

  private void expandDirectory(
      Path dir, List<ArticleInput> inputs, Consumer<InputRejectedException> rejected) {
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
        expandDirectory(p, inputs, rejected);
      } else if (TEXT_EXTENSIONS.contains(extension(name))) {
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
    return new RawArticle(input.name(), decoder.decode(input.name(), bytes), input.metadata());
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
