package org.warta.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.clean.OffsetMap;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.model.Entity;
import org.warta.model.Mention;

/**
 * Scores entity mentions against stand-off gold ({@code gold/entities/*.tsv}, see its README).
 *
 * <p>Each gold file names an article file, its SHA-256 and the mentions as UTF-16 offsets into the
 * original file. The article is analysed, every predicted mention is mapped back to the original
 * with the cleaner's {@link OffsetMap}, and mentions are matched by exact span and type (PERSON,
 * ORGANIZATION, LOCATION; other types are not scored). Predictions inside the gold file's {@code #
 * ignore} regions (site chrome, captions, datelines the cleaner keeps but the gold does not
 * annotate) are not counted. Canonical-name accuracy: of the gold mentions whose span is predicted
 * (whatever the type), the share whose predicted entity has the gold canonical name.
 */
public final class EntityEvaluator {
  /** Types scored. */
  public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  /** One gold mention. Offsets are UTF-16 units into the original file. */
  public record GoldMention(int start, int end, String type, String text, String canonical) {}

  /** One gold file. */
  public record GoldFile(
      Path path,
      String file,
      String sha256,
      String published,
      List<int[]> ignores,
      List<GoldMention> mentions) {}

  /** A predicted mention in original offsets, with its entity's type and name. */
  public record Predicted(int start, int end, String type, String text, String name) {}

  /** The outcome for one article. */
  public record ArticleResult(
      String file,
      Counts counts,
      int canonicalMatched,
      int canonicalCorrect,
      List<Predicted> falsePositives,
      List<GoldMention> falseNegatives,
      List<String> wrongNames) {
    public double f1() {
      return counts.f1();
    }
  }

  /** All results. */
  public record Report(
      ScoreTable table,
      List<ArticleResult> articles,
      int canonicalMatched,
      int canonicalCorrect,
      List<String> warnings) {
    public double canonicalAccuracy() {
      return canonicalMatched == 0 ? 0 : (double) canonicalCorrect / canonicalMatched;
    }
  }

  private final ArticleAnalyzer analyzer;

  public EntityEvaluator(ArticleAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer);
  }

  /** Reads every {@code *.tsv} of {@code goldDir}, sorted by name. */
  public static List<GoldFile> readAll(Path goldDir) throws IOException {
    List<GoldFile> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(goldDir)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".tsv")).sorted().toList()) {
        out.add(read(p));
      }
    }
    return out;
  }

  /** Parses one gold file. */
  public static GoldFile read(Path path) throws IOException {
    String file = null;
    String sha = null;
    String published = null;
    List<int[]> ignores = new ArrayList<>();
    List<GoldMention> mentions = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String[] f = line.substring(1).strip().split("\\s+", 4);
        switch (f[0]) {
          case "file" -> file = f[1];
          case "sha256" -> sha = f[1];
          case "published" -> published = f[1];
          case "ignore" -> ignores.add(new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
          default -> {
            // other comments
          }
        }
        continue;
      }
      if (line.startsWith("start\t")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IOException(path + ":" + lineNo + ": expected 5 columns");
      }
      mentions.add(
          new GoldMention(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], f[3], f[4]));
    }
    if (file == null) {
      throw new IOException(path + ": missing '# file' header");
    }
    return new GoldFile(path, file, sha, published, ignores, mentions);
  }

  /**
   * Evaluates every gold file whose article is found in one of {@code articleDirs}.
   *
   * @param articleDirs directories searched in order for each gold file's article
   */
  public Report evaluate(List<GoldFile> golds, List<Path> articleDirs) {
    ScoreTable table = new ScoreTable("Entity mentions (exact span and type)");
    for (String t : TYPES) {
      table.add(t, Counts.ZERO);
    }
    List<ArticleResult> results = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int matched = 0;
    int correct = 0;
    for (GoldFile g : golds) {
      Optional<Path> article =
          articleDirs.stream()
              .map(d -> d.resolve(g.file()))
              .filter(Files::isRegularFile)
              .findFirst();
      if (article.isEmpty()) {
        warnings.add(g.file() + ": article not found, skipped");
        continue;
      }
      ArticleResult r;
      try {
        r = evaluate(g, article.get(), warnings, table);
      } catch (IOException e) {
        warnings.add(g.file() + ": " + e.getMessage());
        continue;
      }
      results.add(r);
      matched += r.canonicalMatched();
      correct += r.canonicalCorrect();
    }
    return new Report(table, results, matched, correct, warnings);
  }

  private ArticleResult evaluate(GoldFile g, Path file, List<String> warnings, ScoreTable table)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (g.sha256() != null && !g.sha256().equalsIgnoreCase(sha256(bytes))) {
      warnings.add(g.file() + ": SHA-256 differs from the gold file's; offsets may be wrong");
    }
    String content = new String(bytes, StandardCharsets.UTF_8);
    String published = g.published() != null ? g.published() : indexPublished(file);
    ArticleMetadata meta = new ArticleMetadata(null, null, published, null);
    Analysis a =
        analyzer.analyzeDetailed(new RawArticle(file.getFileName().toString(), content, meta));
    OffsetMap map = a.cleaned().offsets();
    List<Predicted> predicted = new ArrayList<>();
    for (Entity e : a.record().entities()) {
      String type = e.type().name();
      for (Mention m : e.mentions()) {
        if (m.end() <= m.start()) {
          continue;
        }
        int s = map.toOriginal(m.start());
        int en = map.toOriginal(m.end() - 1) + 1;
        if (ignored(g, s, en)) {
          continue;
        }
        predicted.add(new Predicted(s, en, type, m.text(), e.name()));
      }
    }
    Map<Long, Predicted> bySpan = new HashMap<>();
    for (Predicted p : predicted) {
      bySpan.putIfAbsent(key(p.start(), p.end()), p);
    }
    Map<Long, GoldMention> goldBySpan = new HashMap<>();
    for (GoldMention m : g.mentions()) {
      goldBySpan.put(key(m.start(), m.end()), m);
      if (m.start() < 0 || m.end() > content.length() || m.end() < m.start()) {
        warnings.add(g.file() + ": gold span " + m.start() + "-" + m.end() + " outside the file");
        continue;
      }
      String text = content.substring(m.start(), m.end());
      if (!text.equals(m.text())) {
        warnings.add(g.file() + ": gold text '" + m.text() + "' is '" + text + "' in the file");
      }
    }
    long tp = 0;
    List<Predicted> fps = new ArrayList<>();
    List<GoldMention> fns = new ArrayList<>();
    List<String> wrongNames = new ArrayList<>();
    int canonMatched = 0;
    int canonCorrect = 0;
    for (GoldMention m : g.mentions()) {
      Predicted p = bySpan.get(key(m.start(), m.end()));
      if (p != null) {
        canonMatched++;
        if (p.name().equals(m.canonical())) {
          canonCorrect++;
        } else {
          wrongNames.add(m.text() + " -> '" + p.name() + "' (gold '" + m.canonical() + "')");
        }
      }
      if (!TYPES.contains(m.type())) {
        continue;
      }
      if (p != null && p.type().equals(m.type())) {
        tp++;
        table.tp(m.type());
      } else {
        fns.add(m);
        table.fn(m.type());
      }
    }
    for (Predicted p : predicted) {
      if (!TYPES.contains(p.type())) {
        continue;
      }
      GoldMention m = goldBySpan.get(key(p.start(), p.end()));
      if (m == null || !m.type().equals(p.type())) {
        fps.add(p);
        table.fp(p.type());
      }
    }
    Counts c = new Counts(tp, fps.size(), fns.size());
    return new ArticleResult(g.file(), c, canonMatched, canonCorrect, fps, fns, wrongNames);
  }

  private static boolean ignored(GoldFile g, int s, int e) {
    for (int[] r : g.ignores()) {
      if (s < r[1] && r[0] < e) {
        return true;
      }
    }
    return false;
  }

  private static long key(int s, int e) {
    return ((long) s << 32) | (e & 0xffffffffL);
  }

  private static String indexPublished(Path file) {
    Path index = file.resolveSibling(IndexTsv.FILE_NAME);
    if (!Files.isRegularFile(index)) {
      return null;
    }
    try {
      return IndexTsv.read(index).metadata(file.getFileName().toString()).published();
    } catch (InputRejectedException e) {
      return null;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The report as Markdown: the score table, canonical-name accuracy, the worst articles. */
  public static String format(Report r, int worst, boolean details) {
    StringBuilder b = new StringBuilder();
    b.append(r.table().toMarkdown()).append('\n');
    b.append(
        String.format(
            Locale.ROOT,
            "Canonical-name accuracy: %.4f (%d of %d gold mentions whose span was found)%n%n",
            r.canonicalAccuracy(),
            r.canonicalCorrect(),
            r.canonicalMatched()));
    List<ArticleResult> sorted = new ArrayList<>(r.articles());
    sorted.sort(Comparator.comparingDouble(ArticleResult::f1).thenComparing(ArticleResult::file));
    b.append("### Articles, worst first\n\n");
    b.append("| article | TP | FP | FN | F1 | names right |\n|---|---:|---:|---:|---:|---:|\n");
    for (ArticleResult a : sorted.subList(0, Math.min(worst, sorted.size()))) {
      b.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %d | %.4f | %d/%d |%n",
              a.file(),
              a.counts().tp(),
              a.counts().fp(),
              a.counts().fn(),
              a.f1(),
              a.canonicalCorrect(),
              a.canonicalMatched()));
    }
    if (details) {
      for (ArticleResult a : sorted) {
        b.append("\n#### ").append(a.file()).append('\n');
        for (Predicted p : a.falsePositives()) {
          b.append(
              String.format(
                  Locale.ROOT, "- FP %d-%d %s '%s'%n", p.start(), p.end(), p.type(), p.text()));
        }
        for (GoldMention m : a.falseNegatives()) {
          b.append(
              String.format(
                  Locale.ROOT, "- FN %d-%d %s '%s'%n", m.start(), m.end(), m.type(), m.text()));
        }
        for (String w : a.wrongNames()) {
          b.append("- name ").append(w).append('\n');
        }
      }
    }
    for (String w : r.warnings()) {
      b.append("\nwarning: ").append(w);
    }
    return b.toString();
  }
}
