package org.warta.eval.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads CoNLL-style chunk files: one token per line, the token in the first column and its tag in
 * the last, a blank line between sentences. Columns are split on tabs when the line has one, else
 * on runs of spaces, so {@code token tag}, {@code token POS tag} and {@code token<TAB>tag} all read
 * the same; CRLF line ends, a byte-order mark and {@code -DOCSTART-} lines are accepted.
 *
 * <p>Design decision: the layout is detected per line rather than once per file, because the only
 * columns that matter are the first and the last; a line with a single column is an error (a tag is
 * required), reported with its line number.
 */
public final class ConllReader {
  private static final Pattern SPACES = Pattern.compile(" +");

  private ConllReader() {}

  /** All sentences of {@code file} (UTF-8). */
  public static List<ConllSentence> read(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All sentences of {@code in}; {@code name} labels error messages. */
  public static List<ConllSentence> read(BufferedReader in, String name) throws IOException {
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int first = 0;
    int lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          out.add(new ConllSentence(tokens, tags, first));
          tokens.clear();
          tags.clear();
        }
        continue;
      }
      String[] cols = trimmed.indexOf('\t') >= 0 ? trimmed.split("\t") : SPACES.split(trimmed);
      if (cols.length < 2) {
        throw new IllegalArgumentException(
            name + ":" + lineNo + ": expected 'token [columns…] tag', got '" + trimmed + "'");
      }
      String tag = cols[cols.length - 1].strip();
      ChunkTag.parse(tag, name + ":" + lineNo);
      if (tokens.isEmpty()) {
        first = lineNo;
      }
      tokens.add(cols[0].strip());
      tags.add(tag);
    }
    if (!tokens.isEmpty()) {
      out.add(new ConllSentence(tokens, tags, first));
    }
    return out;
  }
}
