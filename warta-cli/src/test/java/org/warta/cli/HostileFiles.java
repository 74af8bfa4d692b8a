package org.warta.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Generates a directory of hostile files mixed with genuine articles, for the batch robustness
 * tests: binary data, truncated and corrupt gzip, gzip bombs, files over the size limit, wrong
 * encodings, XML bombs, external-entity XML, HTML with 10,000 nested divs, empty and blank files,
 * NUL bytes, invalid UTF-8, CESU-encoded lone surrogates, text built to make regular expressions
 * and quadratic loops work hard, bad {@code INDEX.tsv} files, a symbolic link loop, odd names and
 * files that are not articles at all.
 *
 * <p>Genuine articles are built from the sentences of {@code genuine-sentences-id.txt} (ours) with
 * a unique headline each, in several honest encodings and layouts (UTF-8 with and without a
 * byte-order mark, UTF-16 with one, CRLF and odd spaces, decomposed accents, HTML, gzipped HTML).
 */
final class HostileFiles {
  /** What a generated file is. */
  enum Kind {
    /** A genuine article: must come out exactly once. */
    GENUINE,
    /** Hostile: may come out or be skipped (with a reason), never both, never crash. */
    HOSTILE,
    /** Not an article by its name (or an INDEX.tsv): must not come out. */
    IGNORED
  }

  /** The size limit the tests pass as {@code --max-bytes}. */
  static final int MAX_BYTES = 1_000_000;

  private static final Path SENTENCES =
      Path.of("../warta-core/src/test/resources/org/warta/robust/genuine-sentences-id.txt");

  private final Path dir;
  private final Random rnd;
  private final List<String> sentences;
  private final Map<Path, Kind> files = new LinkedHashMap<>();
  private int serial;

  private HostileFiles(Path dir, long seed) throws IOException {
    this.dir = dir;
    this.rnd = new Random(seed);
    this.sentences =
        Files.readAllLines(SENTENCES, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .toList();
  }

  /** Writes {@code total} files into {@code dir} and says what each one is. */
  static Map<Path, Kind> generate(Path dir, long seed, int total) {
    try {
      HostileFiles h = new HostileFiles(dir, seed);
      h.writeAll(total);
      return h.files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeAll(int total) throws IOException {
    for (int i = 0; i < 150; i++) {
      put("genuine", ".txt", utf8(article()), Kind.GENUINE);
    }
    for (int i = 0; i < 10; i++) {
      put(
          "genuine-bom",
          ".txt",
          concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(article())),
          Kind.GENUINE);
      put(
          "genuine-utf16",
          ".txt",
          ("\uFEFF" + article()).getBytes(StandardCharsets.UTF_16LE),
          Kind.GENUINE);
      put(
          "genuine-crlf",
          ".txt",
          utf8(article().replace("\n", "\r\n").replace(" di ", "\u00A0di\u200B ")),
          Kind.GENUINE);
      put(
          "genuine-nfd",
          ".txt",
          utf8(Normalizer.normalize(article() + " Kafé.", Normalizer.Form.NFD)),
          Kind.GENUINE);
      put("genuine-page", ".html", utf8(page(article())), Kind.GENUINE);
      put("genuine-page", ".html.gz", gzip(utf8(page(article()))), Kind.GENUINE);
    }
    hostile(total);
  }

  /** Adds hostile (and a few ignored) files until there are {@code total} files in all. */
  private void hostile(int total) throws IOException {
    // Ignored files first: they count towards the total but are not articles.
    for (int i = 0; i < 10; i++) {
      put(
          "not-an-article",
          new String[] {".jpg", ".pdf", ".xml", ".json", ".docx"}[i % 5],
          random(500),
          Kind.IGNORED);
    }
    Path sub = Files.createDirectories(dir.resolve("with-bad-index"));
    Files.write(sub.resolve("INDEX.tsv"), random(300));
    files.put(sub.resolve("INDEX.tsv"), Kind.IGNORED);
    Path sub2 = Files.createDirectories(dir.resolve("with-odd-index"));
    Files.writeString(
        sub2.resolve("INDEX.tsv"), "file\tpublished\n\u0000\t9999-99-99\nx.txt\tbukan tanggal\n");
    files.put(sub2.resolve("INDEX.tsv"), Kind.IGNORED);
    Files.write(sub2.resolve("x.txt"), utf8(article()));
    files.put(sub2.resolve("x.txt"), Kind.GENUINE);
    Path loop = Files.createDirectories(dir.resolve("loop"));
    Files.write(loop.resolve("inside.txt"), utf8(article()));
    files.put(loop.resolve("inside.txt"), Kind.GENUINE);
    Files.createSymbolicLink(loop.resolve("back-up"), dir);

    List<Runnable> makers = new ArrayList<>();
    makers.add(() -> put("binary", ".txt", random(1 + rnd.nextInt(4000)), Kind.HOSTILE));
    makers.add(
        () ->
            put(
                "binary",
                ".html",
                concat(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, random(2000)),
                Kind.HOSTILE));
    makers.add(
        () -> put("elf", "", concat(new byte[] {0x7f, 'E', 'L', 'F'}, random(3000)), Kind.HOSTILE));
    makers.add(
        () -> {
          byte[] gz = gzip(utf8(page(article())));
          put(
              "truncated",
              ".html.gz",
              Arrays.copyOf(gz, 10 + rnd.nextInt(gz.length - 10)),
              Kind.HOSTILE);
        });
    makers.add(
        () ->
            put(
                "corrupt",
                ".html.gz",
                concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, random(600)),
                Kind.HOSTILE));
    makers.add(() -> put("empty", ".txt", new byte[0], Kind.HOSTILE));
    makers.add(
        () ->
            put(
                "blank",
                ".txt",
                utf8(" \n\t\u00A0\n  \r\n".repeat(1 + rnd.nextInt(50))),
                Kind.HOSTILE));
    makers.add(
        () ->
            put(
                "invisible",
                ".txt",
                utf8("\uFEFF\u200B\u200C \u2060\n".repeat(1 + rnd.nextInt(9))),
                Kind.HOSTILE));
    makers.add(
        () -> put("nul", ".txt", utf8(article().replace(" dan ", " dan\u0000")), Kind.HOSTILE));
    makers.add(
        () ->
            put(
                "windows-1252",
                ".txt",
                article().replace("di", "d\u00ec").getBytes(Charset.forName("windows-1252")),
                Kind.HOSTILE));
    makers.add(
        () ->
            put(
                "utf16-no-bom",
                ".txt",
                article().getBytes(StandardCharsets.UTF_16BE),
                Kind.HOSTILE));
    makers.add(
        () -> {
          byte[] a = utf8(article());
          for (int k = 0; k < 5; k++) {
            a[rnd.nextInt(a.length)] = (byte) (0x80 + rnd.nextInt(0x80));
          }
          put("invalid-utf8", ".txt", a, Kind.HOSTILE);
        });
    makers.add(
        () ->
            put(
                "cesu-surrogate",
                ".txt",
                concat(
                    utf8(article()),
                    new byte[] {
                      (byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80
                    }),
                Kind.HOSTILE));
    makers.add(() -> put("control-soup", ".txt", controls(2000), Kind.HOSTILE));
    makers.add(
        () -> put("xml-bomb", rnd.nextBoolean() ? ".html" : ".txt", utf8(xmlBomb()), Kind.HOSTILE));
    makers.add(() -> put("xxe", rnd.nextBoolean() ? ".html" : ".txt", utf8(xxe()), Kind.HOSTILE));
    makers.add(() -> put("nested-divs", ".html", utf8(nested(10_000)), Kind.HOSTILE));
    makers.add(() -> put("html-broken", ".html", utf8(brokenHtml()), Kind.HOSTILE));
    makers.add(() -> put("regex-hostile", ".txt", utf8(regexHostile()), Kind.HOSTILE));
    makers.add(() -> put("odd name \u00e9 \u6f22 ' \"", ".txt", utf8(article()), Kind.GENUINE));
    // a few big ones, once each
    put(
        "too-large",
        ".txt",
        utf8("Judul\n\n" + "Kalimat berita yang panjang sekali. ".repeat(MAX_BYTES / 30)),
        Kind.HOSTILE);
    put("gzip-bomb", ".html.gz", gzip(new byte[20 * MAX_BYTES]), Kind.HOSTILE);
    put("one-long-line", ".txt", utf8("Judul\n\n" + longLine(MAX_BYTES / 2)), Kind.HOSTILE);
    put("nested-divs-60k", ".html", utf8(nested(60_000)), Kind.HOSTILE);
    for (int made = 0; files.size() < total; made++) {
      makers.get(made % makers.size()).run();
    }
  }

  // ------------------------------------------------------------------ content

  private String article() {
    int n = 3 + rnd.nextInt(8);
    StringBuilder b =
        new StringBuilder(
            "Berita Nomor " + (++serial) + ": " + pick().replaceAll("[.,\"“”]", "") + "\n\n");
    for (int i = 0; i < n; i++) {
      b.append(pick());
      if (rnd.nextInt(3) == 0) {
        b.append(' ').append(pick());
      }
      b.append("\n\n");
      if (rnd.nextInt(5) == 0) {
        b.append("Baca juga: Berita Lain Nomor ").append(rnd.nextInt(1000)).append("\n\n");
      }
    }
    return b.toString();
  }

  private String pick() {
    return sentences.get(rnd.nextInt(sentences.size()));
  }

  private static String page(String article) {
    String[] parts = article.split("\n\n");
    StringBuilder b =
        new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
    b.append(escape(parts[0]))
        .append("</title></head><body><nav>Beranda | Nasional</nav><article><h1>");
    b.append(escape(parts[0])).append("</h1>");
    for (int i = 1; i < parts.length; i++) {
      b.append("<p>").append(escape(parts[i])).append("</p>\n");
    }
    return b.append("</article><footer>Copyright © 2025</footer></body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String xmlBomb() {
    StringBuilder b =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      b.append(" <!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        b.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      b.append("\">\n");
    }
    return b.append("]>\n<html><body><p>&lol9;</p></body></html>\n").toString();
  }

  private static String xxe() {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
        + "<!ENTITY remote SYSTEM \"http://127.0.0.1:1/x\">]>\n"
        + "<html><body><article><h1>Judul &xxe;</h1><p>Isi berita &xxe; dan &remote; di sini."
        + "</p></article></body></html>\n";
  }

  private static String nested(int depth) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html><html><body>");
    b.append("<div>".repeat(depth));
    b.append("<p>Banjir merendam 600 rumah di Bekasi, kata Camat Rudi Hartono.</p>");
    b.append("</div>".repeat(depth));
    return b.append("</body></html>").toString();
  }

  private String brokenHtml() {
    String[] pieces = {
      "<html><body><p>Banjir di Bekasi",
      "<script>var a = '</p>';",
      "<!-- komentar tanpa akhir",
      "<![CDATA[ data ",
      "<p " + "x=\"".repeat(200),
      "<table><tr><td>".repeat(500),
      "<p>Paragraf " + "&#xD800;&#0;&#x110000;&bogus; ".repeat(50) + "</p>",
      "</div></div></div>",
      "<a href=\"javascript:alert(1)\">klik di sini</a>",
      "<p>" + "Kata ".repeat(3000) + "</p>"
    };
    StringBuilder b = new StringBuilder("<!DOCTYPE html>");
    for (int i = 0; i < 4; i++) {
      b.append(pieces[rnd.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  private String regexHostile() {
    String[] units = {
      "a",
      "aaaa ",
      ".",
      "...",
      "\"",
      "“",
      "”",
      "(",
      ")",
      "1.",
      "1,",
      "Rp",
      "-",
      "—",
      "/",
      "Senin ",
      "pukul ",
      "09.",
      "Baca juga ",
      "kata ",
      "menurut ",
      "ribu ",
      "juta ",
      "sekitar ",
      "Jl. ",
      "Dr. ",
      "A. ",
      "hingga ",
      "dan ",
      "yang ",
      "BNPB ",
      "Kim ",
      "Jong ",
      "Un ",
      "1/1/",
      "tewas ",
      ", ",
      "\n",
      "\n\n",
      "'",
      "-nya ",
      "se",
      "di ",
      "ke "
    };
    StringBuilder b = new StringBuilder("Judul Berita\n\n");
    String unit = units[rnd.nextInt(units.length)];
    int mode = rnd.nextInt(3);
    int size = 2_000 + rnd.nextInt(20_000);
    while (b.length() < size) {
      b.append(mode == 0 ? unit : units[rnd.nextInt(units.length)]);
    }
    return b.toString();
  }

  private String longLine(int size) {
    StringBuilder b = new StringBuilder(size);
    while (b.length() < size) {
      String s = pick();
      b.append(s, 0, s.length() - 1).append(' '); // no full stop: one endless sentence
    }
    return b.toString();
  }

  private byte[] controls(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (rnd.nextInt(4) == 0 ? 'a' + rnd.nextInt(26) : 1 + rnd.nextInt(31));
    }
    return b;
  }

  private byte[] random(int size) {
    byte[] b = new byte[size];
    rnd.nextBytes(b);
    return b;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void put(String stem, String extension, byte[] content, Kind kind) {
    Path p = dir.resolve(String.format("%04d-%s%s", files.size(), stem, extension));
    try {
      Files.write(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.put(p, kind);
  }
}
