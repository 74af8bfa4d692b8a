package org.warta.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.clean.OffsetMap;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.model.Quantity;
import org.warta.model.Removal;

/**
 * Scores the quantities layer against stand-off gold ({@code gold/quantities/*.tsv}, format in its
 * README): runs the full analyzer on each gold article, maps every predicted span back to the
 * original file through the cleaner's {@link OffsetMap}, pairs predictions with gold spans and
 * counts four things.
 *
 * <p>Matching rule: a prediction and a gold quantity match when their original-text spans overlap;
 * pairs are taken greedily by overlap length (longest first), each span in at most one pair. Then:
 * (a) detection counts matched pairs as TP, unpaired predictions as FP, unpaired gold as FN; (b)
 * value+approx, (c) object and (d) category count a pair as TP only when that attribute is also
 * right, so their P/R/F1 are end to end (a wrong attribute is both an FP and an FN), and their
 * accuracy over matched pairs is reported beside. Values are equal within 1e-6 relative; low, high
 * and approx must agree too. Objects are equal ignoring case, or when one is a word prefix of the
 * other ({@code anggota} ~ {@code anggota parlemen}); two nulls agree. Gold spans inside text the
 * cleaner removed can only be misses.
 */
public final class QuantityEvaluator {
  private final ArticleAnalyzer analyzer;

  public QuantityEvaluator(ArticleAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer);
  }

  /** One gold row; offsets are UTF-16 into the original file. */
  public record GoldQuantity(
      int start,
      int end,
      String text,
      double value,
      Double low,
      Double high,
      String approx,
      String object,
      String category) {}

  /** A gold file: the article's file name, its SHA-256, optional publication date, the rows. */
  public record GoldFile(String file, String sha256, String published, List<GoldQuantity> rows) {}

  /** A predicted quantity with its span mapped to the original file. */
  public record Predicted(int start, int end, Quantity quantity) {}

  /** Result for one article. */
  public record ArticleResult(
      String file,
      int gold,
      int predicted,
      int matched,
      int valueOk,
      int objectOk,
      int categoryOk,
      int goldInRemoved,
      List<String> misses,
      List<String> falseAlarms,
      List<String> wrong) {
    public Counts detection() {
      return new Counts(matched, predicted - matched, gold - matched);
    }

    /** Errors of all kinds, for ranking articles. */
    public int errors() {
      return (gold - matched)
          + (predicted - matched)
          + (matched - valueOk)
          + (matched - objectOk)
          + (matched - categoryOk);
    }
  }

  /** The whole evaluation. */
  public record Report(List<ArticleResult> articles, ScoreTable categories) {
    Counts sum(java.util.function.ToIntFunction<ArticleResult> ok) {
      long tp = 0;
      long gold = 0;
      long pred = 0;
      for (ArticleResult a : articles) {
        tp += ok.applyAsInt(a);
        gold += a.gold();
        pred += a.predicted();
      }
      return new Counts(tp, pred - tp, gold - tp);
    }

    public Counts detection() {
      return sum(ArticleResult::matched);
    }

    public Counts valueApprox() {
      return sum(ArticleResult::valueOk);
    }

    public Counts object() {
      return sum(ArticleResult::objectOk);
    }

    public Counts category() {
      return sum(ArticleResult::categoryOk);
    }

    /** A plain-text report with Markdown tables. */
    public String toText(int worst) {
      StringBuilder b = new StringBuilder();
      long matched = articles.stream().mapToLong(ArticleResult::matched).sum();
      long gold = articles.stream().mapToLong(ArticleResult::gold).sum();
      long pred = articles.stream().mapToLong(ArticleResult::predicted).sum();
      long removed = articles.stream().mapToLong(ArticleResult::goldInRemoved).sum();
      b.append("## Quantities: ")
          .append(articles.size())
          .append(" articles, ")
          .append(gold)
          .append(" gold, ")
          .append(pred)
          .append(" predicted, ")
          .append(matched)
          .append(" matched\n\n");
      b.append(
          "Matching: a prediction and a gold quantity match when their spans in the original file"
              + " overlap (one-to-one, longest overlap first). (a) counts matches; (b)-(d) count a"
              + " match as TP only if the attribute is right too (end to end); 'acc' is the share"
              + " of matched pairs with the attribute right. Value: value, low, high within 1e-6"
              + " and approx equal. Object: equal ignoring case or a word prefix of the other."
              + " Gold spans in text the cleaner removed: "
              + removed
              + " (all misses).\n\n");
      b.append("| measure | TP | FP | FN | precision | recall | F1 | acc |\n");
      b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      row(b, "(a) detection (span overlap)", detection(), Double.NaN);
      row(b, "(b) value + approx", valueApprox(), ratio(valueApprox().tp(), matched));
      row(b, "(c) object", object(), ratio(object().tp(), matched));
      row(b, "(d) category", category(), ratio(category().tp(), matched));
      b.append('\n').append(categories.toMarkdown()).append('\n');
      b.append("### Per article (worst first)\n\n");
      b.append("| file | gold | pred | matched | value ok | object ok | category ok | errors |\n");
      b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      List<ArticleResult> sorted = new ArrayList<>(articles);
      sorted.sort(Comparator.comparingInt(ArticleResult::errors).reversed());
      for (ArticleResult a : sorted) {
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %d | %d |%n",
                a.file(),
                a.gold(),
                a.predicted(),
                a.matched(),
                a.valueOk(),
                a.objectOk(),
                a.categoryOk(),
                a.errors()));
      }
      for (ArticleResult a : sorted.subList(0, Math.min(worst, sorted.size()))) {
        if (a.errors() == 0) {
          continue;
        }
        b.append("\n#### ").append(a.file()).append('\n');
        a.misses().forEach(s -> b.append("- miss: ").append(s).append('\n'));
        a.falseAlarms().forEach(s -> b.append("- false alarm: ").append(s).append('\n'));
        a.wrong().forEach(s -> b.append("- wrong: ").append(s).append('\n'));
      }
      return b.toString();
    }

    private static double ratio(long a, long b) {
      return b == 0 ? 0 : (double) a / b;
    }

    private static void row(StringBuilder b, String name, Counts c, double acc) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %.4f | %.4f | %.4f | %s |%n",
              name,
              c.tp(),
              c.fp(),
              c.fn(),
              c.precision(),
              c.recall(),
              c.f1(),
              Double.isNaN(acc) ? "" : String.format(Locale.ROOT, "%.4f", acc)));
    }
  }

  /**
   * Evaluates every {@code *.tsv} of {@code goldDir}. Articles are looked up in {@code articlesDir}
   * (whose INDEX.tsv gives publication dates), then in {@code extraDirs}.
   *
   * @throws IOException if a gold file or article cannot be read
   * @throws IllegalStateException if an article's SHA-256 differs from its gold file's
   */
  public Report evaluate(Path goldDir, Path articlesDir, List<Path> extraDirs) throws IOException {
    IndexTsv index = IndexTsv.empty();
    Path indexFile = articlesDir.resolve(IndexTsv.FILE_NAME);
    if (Files.isRegularFile(indexFile)) {
      try {
        index = IndexTsv.read(indexFile);
      } catch (InputRejectedException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    List<Path> goldFiles;
    try (Stream<Path> s = Files.list(goldDir)) {
      goldFiles = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    List<ArticleResult> results = new ArrayList<>();
    ScoreTable categories = new ScoreTable("(d) category, per gold/predicted class");
    for (Path g : goldFiles) {
      GoldFile gold = readGold(g);
      Path article = locate(gold.file(), articlesDir, extraDirs);
      byte[] bytes = Files.readAllBytes(article);
      String sha = sha256(bytes);
      if (!sha.equals(gold.sha256())) {
        throw new IllegalStateException(
            g + ": sha256 of " + article + " is " + sha + ", gold says " + gold.sha256());
      }
      ArticleMetadata meta = index.metadata(gold.file());
      if (meta.published() == null && gold.published() != null) {
        meta = meta.withPublished(gold.published());
      }
      String content = new String(bytes, StandardCharsets.UTF_8);
      Analysis analysis = analyzer.analyzeDetailed(new RawArticle(gold.file(), content, meta));
      results.add(score(gold, content, analysis, categories));
    }
    return new Report(results, categories);
  }

  private static Path locate(String file, Path articlesDir, List<Path> extraDirs)
      throws IOException {
    Path p = articlesDir.resolve(file);
    if (Files.isRegularFile(p)) {
      return p;
    }
    for (Path d : extraDirs) {
      Path q = d.resolve(file);
      if (Files.isRegularFile(q)) {
        return q;
      }
    }
    throw new IOException("article " + file + " not found in " + articlesDir + " " + extraDirs);
  }

  /** Maps the record's quantities to original offsets. */
  public static List<Predicted> predicted(Analysis analysis) {
    OffsetMap map = analysis.cleaned().offsets();
    List<Predicted> out = new ArrayList<>();
    for (Quantity q : analysis.record().quantities()) {
      int s = map.toOriginal(q.start());
      int e = q.end() > q.start() ? map.toOriginal(q.end() - 1) + 1 : s;
      out.add(new Predicted(s, e, q));
    }
    return out;
  }

  static ArticleResult score(
      GoldFile gold, String original, Analysis analysis, ScoreTable categories) {
    List<Predicted> pred = predicted(analysis);
    List<GoldQuantity> rows = gold.rows();
    for (GoldQuantity g : rows) {
      if (g.end() > original.length() || !original.substring(g.start(), g.end()).equals(g.text())) {
        throw new IllegalStateException(
            gold.file()
                + ": gold span ["
                + g.start()
                + ","
                + g.end()
                + ") is not \""
                + g.text()
                + "\"");
      }
    }
    // greedy one-to-one pairing by overlap length
    List<int[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < rows.size(); gi++) {
      for (int pi = 0; pi < pred.size(); pi++) {
        int ov =
            Math.min(rows.get(gi).end(), pred.get(pi).end())
                - Math.max(rows.get(gi).start(), pred.get(pi).start());
        if (ov > 0) {
          pairs.add(new int[] {ov, gi, pi});
        }
      }
    }
    pairs.sort((x, y) -> y[0] != x[0] ? y[0] - x[0] : Integer.compare(x[1], y[1]));
    int[] goldTo = new int[rows.size()];
    int[] predTo = new int[pred.size()];
    java.util.Arrays.fill(goldTo, -1);
    java.util.Arrays.fill(predTo, -1);
    for (int[] p : pairs) {
      if (goldTo[p[1]] < 0 && predTo[p[2]] < 0) {
        goldTo[p[1]] = p[2];
        predTo[p[2]] = p[1];
      }
    }
    int matched = 0;
    int valueOk = 0;
    int objectOk = 0;
    int categoryOk = 0;
    List<String> misses = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    for (int gi = 0; gi < rows.size(); gi++) {
      GoldQuantity g = rows.get(gi);
      String gc = label(g.category());
      if (goldTo[gi] < 0) {
        misses.add(describe(g, original));
        categories.fn(gc);
        continue;
      }
      matched++;
      Quantity q = pred.get(goldTo[gi]).quantity();
      boolean v =
          near(g.value(), q.value())
              && near(g.low(), q.low())
              && near(g.high(), q.high())
              && g.approx().equals(q.approx().code());
      boolean o = sameObject(g.object(), q.object());
      String pc = label(q.category());
      boolean c = gc.equals(pc);
      valueOk += v ? 1 : 0;
      objectOk += o ? 1 : 0;
      categoryOk += c ? 1 : 0;
      if (c) {
        categories.tp(gc);
      } else {
        categories.fn(gc);
        categories.fp(pc);
      }
      if (!(v && o && c)) {
        wrong.add(describe(g, original) + " -> predicted " + describe(q));
      }
    }
    for (int pi = 0; pi < pred.size(); pi++) {
      if (predTo[pi] < 0) {
        Predicted p = pred.get(pi);
        falseAlarms.add(
            String.format(
                Locale.ROOT,
                "[%d,%d) %s in \"%s\"",
                p.start(),
                p.end(),
                describe(p.quantity()),
                context(original, p.start(), p.end())));
        categories.fp(label(p.quantity().category()));
      }
    }
    int inRemoved = 0;
    for (GoldQuantity g : rows) {
      for (Removal r : analysis.record().removed()) {
        if (g.start() < r.end() && r.start() < g.end()) {
          inRemoved++;
          break;
        }
      }
    }
    return new ArticleResult(
        gold.file(),
        rows.size(),
        pred.size(),
        matched,
        valueOk,
        objectOk,
        categoryOk,
        inRemoved,
        misses,
        falseAlarms,
        wrong);
  }

  private static String label(String category) {
    return category == null ? "(none)" : category;
  }

  private static boolean near(Double a, Double b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
  }

  static boolean sameObject(String gold, String pred) {
    if (gold == null || pred == null) {
      return gold == null && pred == null;
    }
    String g = gold.toLowerCase(Locale.ROOT).strip();
    String p = pred.toLowerCase(Locale.ROOT).strip();
    return g.equals(p) || g.startsWith(p + " ") || p.startsWith(g + " ");
  }

  private static String describe(GoldQuantity g, String original) {
    return String.format(
        Locale.ROOT,
        "[%d,%d) \"%s\" %s %s %s/%s obj=%s cat=%s in \"%s\"",
        g.start(),
        g.end(),
        g.text(),
        num(g.value()),
        g.approx(),
        num(g.low()),
        num(g.high()),
        g.object(),
        g.category(),
        context(original, g.start(), g.end()));
  }

  private static String describe(Quantity q) {
    return String.format(
        Locale.ROOT,
        "\"%s\" %s %s %s/%s obj=%s cat=%s",
        q.text(),
        num(q.value()),
        q.approx().code(),
        num(q.low()),
        num(q.high()),
        q.object(),
        q.category());
  }

  private static String num(Double d) {
    if (d == null) {
      return "-";
    }
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString(d.longValue())
        : Double.toString(d);
  }

  private static String context(String text, int start, int end) {
    int s = Math.max(0, start - 30);
    int e = Math.min(text.length(), end + 30);
    return text.substring(s, e).replace('\n', ' ');
  }

  /** Reads a gold file (format in {@code gold/quantities/README.md}). */
  public static GoldFile readGold(Path tsv) throws IOException {
    String file = null;
    String sha = null;
    String published = null;
    List<GoldQuantity> rows = new ArrayList<>();
    boolean header = false;
    int lineNo = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String[] kv = line.substring(1).strip().split("\\s+", 2);
        if (kv.length == 2) {
          switch (kv[0]) {
            case "file" -> file = kv[1].strip();
            case "sha256" -> sha = kv[1].strip();
            case "published" -> published = kv[1].strip();
            default -> {}
          }
        }
        continue;
      }
      String[] c = line.split("\t", -1);
      if (!header) {
        if (!c[0].equals("start")) {
          throw new IOException(tsv + ":" + lineNo + ": expected the column header");
        }
        header = true;
        continue;
      }
      if (c.length != 9) {
        throw new IOException(tsv + ":" + lineNo + ": expected 9 columns, got " + c.length);
      }
      try {
        rows.add(
            new GoldQuantity(
                Integer.parseInt(c[0]),
                Integer.parseInt(c[1]),
                c[2],
                Double.parseDouble(c[3]),
                nullableNumber(c[4]),
                nullableNumber(c[5]),
                c[6],
                nullable(c[7]),
                nullable(c[8])));
      } catch (NumberFormatException e) {
        throw new IOException(tsv + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    if (file == null || sha == null) {
      throw new IOException(tsv + ": missing '# file' or '# sha256' header");
    }
    return new GoldFile(file, sha, published, rows);
  }

  private static Double nullableNumber(String s) {
    return s.equals("-") ? null : Double.valueOf(s);
  }

  private static String nullable(String s) {
    return s.equals("-") ? null : s;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
