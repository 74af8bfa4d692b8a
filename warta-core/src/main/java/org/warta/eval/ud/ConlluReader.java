package org.warta.eval.ud;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts of CoNLL-U (Universal Dependencies) that segmentation needs: {@code # text},
 * {@code # sent_id}, {@code # newdoc}, {@code # newpar} and the surface tokens. Multiword token
 * lines ({@code 1-2}) give the surface token and the word lines they cover are skipped; empty nodes
 * ({@code 1.1}) are skipped. A sentence without {@code # text} gets the text rebuilt from its
 * tokens and {@code SpaceAfter=No}.
 */
public final class ConlluReader {
  private ConlluReader() {}

  public static List<ConlluSentence> read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  /**
   * Parses CoNLL-U text.
   *
   * @throws IllegalArgumentException naming the line, if a token line's id is not a number
   */
  public static List<ConlluSentence> parse(String conllu) {
    try {
      return read(new StringReader(conllu));
    } catch (IOException e) {
      throw new IllegalStateException(e); // cannot happen with a StringReader
    }
  }

  public static List<ConlluSentence> read(Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<ConlluSentence> out = new ArrayList<>();
    Builder b = new Builder();
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        b.flush(out);
        b = new Builder();
        continue;
      }
      if (line.startsWith("#")) {
        String c = line.substring(1).strip();
        if (c.startsWith("newdoc")) {
          b.newDoc = true;
          b.newPar = true;
        } else if (c.startsWith("newpar")) {
          b.newPar = true;
        } else if (c.startsWith("sent_id")) {
          b.id = valueOf(c);
        } else if (c.startsWith("text =") || c.equals("text=") || c.startsWith("text=")) {
          b.text = valueOf(c);
        }
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2) {
        continue;
      }
      String id = cols[0];
      if (id.contains(".")) {
        continue; // empty node
      }
      int dash = id.indexOf('-');
      if (dash > 0) {
        b.skipUntil = tokenId(id.substring(dash + 1), lineNo);
        b.addToken(cols[1], cols.length > 9 ? cols[9] : "_");
        continue;
      }
      int n = tokenId(id, lineNo);
      if (n <= b.skipUntil) {
        continue;
      }
      b.addToken(cols[1], cols.length > 9 ? cols[9] : "_");
    }
    b.flush(out);
    return out;
  }

  /** A word index; a malformed one is named with its line, not as a bare NumberFormatException. */
  private static int tokenId(String id, int lineNo) {
    try {
      return Integer.parseInt(id);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "line " + lineNo + ": token id '" + id + "' is not a number");
    }
  }

  private static String valueOf(String comment) {
    int eq = comment.indexOf('=');
    return eq < 0 ? "" : comment.substring(eq + 1).strip();
  }

  private static final class Builder {
    String id = "";
    String text;
    boolean newDoc;
    boolean newPar;
    int skipUntil;
    final List<String> tokens = new ArrayList<>();
    final StringBuilder rebuilt = new StringBuilder();

    void addToken(String form, String misc) {
      tokens.add(form);
      rebuilt.append(form);
      if (!misc.contains("SpaceAfter=No")) {
        rebuilt.append(' ');
      }
    }

    void flush(List<ConlluSentence> out) {
      if (tokens.isEmpty()) {
        return;
      }
      String t = text != null ? text : rebuilt.toString().strip();
      out.add(new ConlluSentence(id, t, newDoc, newPar, tokens));
    }
  }
}
