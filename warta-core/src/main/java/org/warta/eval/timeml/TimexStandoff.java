package org.warta.eval.timeml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Stand-off TIMEX3 gold files ({@code gold/timex/<set>/<DOCID>.tsv}): a header naming the TimeML
 * file, its DCT, the SHA-256 and code-point length of its text T, then rows {@code start end type
 * value text} with code-point offsets into T (format in {@code docs/timex-annotation-guidelines.md}
 * §2). The texts are not ours, so the gold carries only offsets and a checksum; {@link #align}
 * refuses a text that is not the one annotated.
 *
 * @param file the TimeML file name the annotations belong to
 * @param sha256 the hex SHA-256 of T encoded as UTF-8
 * @param length T's length in code points
 * @param rows the annotations, offsets still in code points
 */
public record TimexStandoff(String file, String dct, String sha256, int length, List<Row> rows) {

  /** One annotation row as written (code-point offsets). */
  public record Row(int start, int end, String type, String value, String text) {}

  /** Thrown when the text derived from a TimeML file is not the one the gold was made on. */
  public static final class MismatchException extends IllegalArgumentException {
    public MismatchException(String message) {
      super(message);
    }
  }

  /** Reads a gold file. @throws IllegalArgumentException on a malformed file */
  public static TimexStandoff read(Path tsv) throws IOException {
    String file = null;
    String dct = null;
    String sha = null;
    int length = -1;
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String[] kv = line.substring(1).strip().split("\t", 2);
        if (kv.length == 2) {
          switch (kv[0].strip()) {
            case "file" -> file = kv[1].strip();
            case "dct" -> dct = kv[1].strip();
            case "text_sha256" -> sha = kv[1].strip();
            case "text_length" -> length = Integer.parseInt(kv[1].strip());
            default -> {}
          }
        }
        continue;
      }
      if (line.startsWith("start\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IllegalArgumentException(tsv + ":" + lineNo + ": expected 5 columns");
      }
      try {
        rows.add(new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[3], f[4]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(tsv + ":" + lineNo + ": bad offset", e);
      }
    }
    if (file == null || sha == null || length < 0) {
      throw new IllegalArgumentException(
          tsv + ": header must give '# file', '# text_sha256' and '# text_length'");
    }
    return new TimexStandoff(file, dct, sha, length, List.copyOf(rows));
  }

  /**
   * The gold spans as {@link Timex} with UTF-16 offsets into {@code text}.
   *
   * @throws MismatchException if {@code text}'s checksum or length differs from the header, or a
   *     row's text is not what its offsets cover
   */
  public List<Timex> align(String text) {
    int cps = text.codePointCount(0, text.length());
    String actual = sha256(text);
    if (cps != length || !actual.equalsIgnoreCase(sha256)) {
      throw new MismatchException(
          String.format(
              "%s: the text derived from the TimeML file is not the annotated one (sha256 %s,"
                  + " %d code points; the gold expects %s, %d)",
              file, actual, cps, sha256, length));
    }
    List<Timex> out = new ArrayList<>(rows.size());
    int i = 0;
    for (Row r : rows) {
      i++;
      if (r.start() < 0 || r.end() < r.start() || r.end() > cps) {
        throw new MismatchException(file + ": row " + i + " is outside the text");
      }
      int s = text.offsetByCodePoints(0, r.start());
      int e = text.offsetByCodePoints(s, r.end() - r.start());
      String covered = text.substring(s, e);
      if (!covered.equals(r.text())) {
        throw new MismatchException(
            file + ": row " + i + " covers '" + covered + "', not '" + r.text() + "'");
      }
      out.add(new Timex("g" + i, s, e, r.type(), r.value().isEmpty() ? null : r.value(), covered));
    }
    return out;
  }

  /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
