package org.warta.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.warta.analysis.Analysis;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.clean.OffsetMap;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.IndexTsv;
import org.warta.ingest.InputRejectedException;
import org.warta.ingest.RawArticle;
import org.warta.model.ArticleRecord;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Mention;
import org.warta.model.TimeExpression;

/**
 * Scores the events layer against stand-off gold ({@code gold/events/*.tsv}, format and conventions
 * in its README): runs the full analyzer on each gold article, maps every predicted trigger back to
 * the original file through the cleaner's {@link OffsetMap}, pairs predictions with gold events and
 * scores triggers and arguments.
 *
 * <p>Matching rule: a predicted and a gold event match when their trigger spans in the original
 * file overlap <i>and</i> their types are equal; pairs are taken greedily by overlap length, each
 * event in at most one pair. Triggers: matched pairs are TP of their type, unmatched predictions FP
 * of the predicted type, unmatched gold FN of the gold type (per-type, micro and macro P/R/F1).
 * Arguments are scored on matched pairs only: for actors, targets and places, a predicted entity
 * matches a gold name when the name equals (ignoring case) the entity's canonical name or one of
 * its mentions, or when one contains the other as whole words; names pair one-to-one. Time matches
 * when the predicted time expression's text and the gold time text contain one another (ignoring
 * case), or when a time expression of the record at the gold text has the predicted value (the same
 * day written twice); a wrong time is both an FP and an FN.
 */
public final class EventEvaluator {
  private final ArticleAnalyzer analyzer;

  public EventEvaluator(ArticleAnalyzer analyzer) {
    this.analyzer = Objects.requireNonNull(analyzer);
  }

  /** One gold event; offsets are UTF-16 into the original file. */
  public record GoldEvent(
      int start,
      int end,
      String trigger,
      String type,
      List<String> actors,
      List<String> targets,
      List<String> places,
      String time) {}

  /** A gold file: the article's file name, its SHA-256, optional publication date, the rows. */
  public record GoldFile(String file, String sha256, String published, List<GoldEvent> rows) {}

  /** A predicted event with its trigger mapped to the original file. */
  public record Predicted(int start, int end, Event event) {}

  /** Result for one article. */
  public record ArticleResult(
      String file,
      int gold,
      int predicted,
      int matched,
      ScoreTable triggers,
      ScoreTable arguments,
      List<String> misses,
      List<String> falseAlarms,
      List<String> wrongArguments) {
    public Counts detection() {
      return new Counts(matched, predicted - matched, gold - matched);
    }
  }

  /** The whole evaluation. */
  public record Report(List<ArticleResult> articles, ScoreTable triggers, ScoreTable arguments) {
    /** A plain-text report with Markdown tables. */
    public String toText(int worst) {
      StringBuilder b = new StringBuilder();
      long gold = articles.stream().mapToLong(ArticleResult::gold).sum();
      long pred = articles.stream().mapToLong(ArticleResult::predicted).sum();
      long matched = articles.stream().mapToLong(ArticleResult::matched).sum();
      b.append("## Events: ")
          .append(articles.size())
          .append(" articles, ")
          .append(gold)
          .append(" gold, ")
          .append(pred)
          .append(" predicted, ")
          .append(matched)
          .append(" matched\n\n");
      b.append(
          "Matching: trigger spans in the original file overlap and types are equal (one-to-one,"
              + " longest overlap first). Arguments are scored on matched events only: entities"
              + " by canonical name or mention (case-insensitive, whole-word containment), time"
              + " by text containment.\n\n");
      b.append(triggers.toMarkdown()).append('\n');
      b.append(arguments.toMarkdown()).append('\n');
      b.append("### Per article (worst trigger F1 first)\n\n");
      b.append("| file | gold | pred | matched | trigger F1 | argument F1 |\n");
      b.append("|---|---:|---:|---:|---:|---:|\n");
      List<ArticleResult> sorted = new ArrayList<>(articles);
      sorted.sort(Comparator.comparingDouble((ArticleResult a) -> a.detection().f1()));
      for (ArticleResult a : sorted) {
        b.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.4f | %.4f |%n",
                a.file(),
                a.gold(),
                a.predicted(),
                a.matched(),
                a.detection().f1(),
                a.arguments().microF1()));
      }
      for (ArticleResult a : sorted.subList(0, Math.min(worst, sorted.size()))) {
        b.append("\n#### ").append(a.file()).append('\n');
        a.misses().forEach(s -> b.append("- miss: ").append(s).append('\n'));
        a.falseAlarms().forEach(s -> b.append("- false alarm: ").append(s).append('\n'));
        a.wrongArguments().forEach(s -> b.append("- arguments: ").append(s).append('\n'));
      }
      return b.toString();
    }
  }

  /**
   * Evaluates every {@code *.tsv} of {@code goldDir}. Articles are looked up in {@code articlesDir}
   * (whose INDEX.tsv gives publication dates), then in {@code extraDirs}.
   *
   * @throws IOException if a gold file or article cannot be read
   * @throws IllegalStateException if an article's SHA-256 differs from its gold file's, or a gold
   *     span does not cover its trigger text
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
    ScoreTable triggers = new ScoreTable("Triggers: type and span (overlap)");
    ScoreTable arguments = new ScoreTable("Arguments on matched events");
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
      ArticleResult r = score(gold, content, analysis);
      r.triggers().byClass().forEach(triggers::add);
      r.arguments().byClass().forEach(arguments::add);
      results.add(r);
    }
    return new Report(results, triggers, arguments);
  }

  /** Maps the record's event triggers to original offsets. */
  public static List<Predicted> predicted(Analysis analysis) {
    OffsetMap map = analysis.cleaned().offsets();
    List<Predicted> out = new ArrayList<>();
    for (Event e : analysis.record().events()) {
      Mention t = e.trigger();
      int s = map.toOriginal(t.start());
      int end = t.end() > t.start() ? map.toOriginal(t.end() - 1) + 1 : s;
      out.add(new Predicted(s, end, e));
    }
    return out;
  }

  static ArticleResult score(GoldFile gold, String original, Analysis analysis) {
    List<Predicted> pred = predicted(analysis);
    List<GoldEvent> rows = gold.rows();
    for (GoldEvent g : rows) {
      if (g.end() > original.length()
          || !original.substring(g.start(), g.end()).equals(g.trigger())) {
        throw new IllegalStateException(
            gold.file()
                + ": gold span ["
                + g.start()
                + ","
                + g.end()
                + ") is not \""
                + g.trigger()
                + "\"");
      }
    }
    List<int[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < rows.size(); gi++) {
      for (int pi = 0; pi < pred.size(); pi++) {
        GoldEvent g = rows.get(gi);
        Predicted p = pred.get(pi);
        int ov = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
        if (ov > 0 && g.type().equals(p.event().type().name())) {
          pairs.add(new int[] {ov, gi, pi});
        }
      }
    }
    pairs.sort((x, y) -> y[0] != x[0] ? y[0] - x[0] : Integer.compare(x[1], y[1]));
    int[] goldTo = new int[rows.size()];
    int[] predTo = new int[pred.size()];
    Arrays.fill(goldTo, -1);
    Arrays.fill(predTo, -1);
    for (int[] p : pairs) {
      if (goldTo[p[1]] < 0 && predTo[p[2]] < 0) {
        goldTo[p[1]] = p[2];
        predTo[p[2]] = p[1];
      }
    }
    ArticleRecord record = analysis.record();
    Map<String, Entity> entities = new HashMap<>();
    record.entities().forEach(e -> entities.put(e.id(), e));
    Map<String, TimeExpression> times = new HashMap<>();
    record.times().forEach(t -> times.put(t.id(), t));

    ScoreTable triggers = new ScoreTable("triggers");
    ScoreTable arguments = new ScoreTable("arguments");
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int matched = 0;
    for (int gi = 0; gi < rows.size(); gi++) {
      GoldEvent g = rows.get(gi);
      if (goldTo[gi] < 0) {
        triggers.fn(g.type());
        misses.add(describe(g, original));
        continue;
      }
      matched++;
      triggers.tp(g.type());
      Event e = pred.get(goldTo[gi]).event();
      List<String> problems = new ArrayList<>();
      scoreNames("actors", g.actors(), e.actors(), entities, arguments, problems);
      scoreNames("targets", g.targets(), e.targets(), entities, arguments, problems);
      scoreNames("places", g.places(), e.places(), entities, arguments, problems);
      TimeExpression t = e.time() == null ? null : times.get(e.time());
      String pt = t == null ? "" : t.text();
      if (!g.time().isEmpty() && !pt.isEmpty() && sameTime(g.time(), t, record)) {
        arguments.tp("time");
      } else {
        if (!pt.isEmpty()) {
          arguments.fp("time");
        }
        if (!g.time().isEmpty()) {
          arguments.fn("time");
        }
        if (!pt.isEmpty() || !g.time().isEmpty()) {
          problems.add("time gold \"" + g.time() + "\" predicted \"" + pt + "\"");
        }
      }
      if (!problems.isEmpty()) {
        wrong.add(
            g.type()
                + " \""
                + g.trigger()
                + "\" @"
                + g.start()
                + ": "
                + String.join("; ", problems));
      }
    }
    for (int pi = 0; pi < pred.size(); pi++) {
      if (predTo[pi] < 0) {
        Predicted p = pred.get(pi);
        triggers.fp(p.event().type().name());
        falseAlarms.add(
            String.format(
                Locale.ROOT,
                "[%d,%d) %s \"%s\" in \"%s\"",
                p.start(),
                p.end(),
                p.event().type(),
                p.event().trigger().text(),
                context(original, p.start(), p.end())));
      }
    }
    return new ArticleResult(
        gold.file(),
        rows.size(),
        pred.size(),
        matched,
        triggers,
        arguments,
        misses,
        falseAlarms,
        wrong);
  }

  private static void scoreNames(
      String role,
      List<String> gold,
      List<String> predictedIds,
      Map<String, Entity> entities,
      ScoreTable table,
      List<String> problems) {
    boolean[] used = new boolean[gold.size()];
    List<String> extra = new ArrayList<>();
    for (String id : predictedIds) {
      Entity e = entities.get(id);
      int hit = -1;
      for (int i = 0; i < gold.size() && e != null; i++) {
        if (!used[i] && sameEntity(gold.get(i), e)) {
          hit = i;
          break;
        }
      }
      if (hit >= 0) {
        used[hit] = true;
        table.tp(role);
      } else {
        table.fp(role);
        extra.add(e == null ? id : e.name());
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      if (!used[i]) {
        table.fn(role);
        missing.add(gold.get(i));
      }
    }
    if (!extra.isEmpty() || !missing.isEmpty()) {
      problems.add(role + " missing " + missing + " extra " + extra);
    }
  }

  /** Whether gold name {@code name} denotes entity {@code e} (see the class comment). */
  static boolean sameEntity(String name, Entity e) {
    if (sameName(name, e.name())) {
      return true;
    }
    for (Mention m : e.mentions()) {
      if (sameName(name, m.text())) {
        return true;
      }
    }
    return false;
  }

  static boolean sameName(String a, String b) {
    String x = " " + a.toLowerCase(Locale.ROOT).strip() + " ";
    String y = " " + b.toLowerCase(Locale.ROOT).strip() + " ";
    return x.equals(y) || x.contains(y) || y.contains(x);
  }

  static boolean sameTime(String gold, String predicted) {
    String g = gold.toLowerCase(Locale.ROOT).strip();
    String p = predicted.toLowerCase(Locale.ROOT).strip();
    return g.contains(p) || p.contains(g);
  }

  /**
   * Text containment, or the same resolved value: some time expression of the record that overlaps
   * an occurrence of the gold text has the predicted expression's value ({@code Rabu (15/10)} and
   * {@code Rabu (15/10/2025)} are the same day).
   */
  static boolean sameTime(String gold, TimeExpression predicted, ArticleRecord record) {
    if (sameTime(gold, predicted.text())) {
      return true;
    }
    if (predicted.value() == null) {
      return false;
    }
    String text = record.text();
    for (int i = text.indexOf(gold); i >= 0; i = text.indexOf(gold, i + 1)) {
      for (TimeExpression x : record.times()) {
        if (x.start() < i + gold.length() && i < x.end() && predicted.value().equals(x.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reads a gold file; fails with the line number on a malformed row. */
  public static GoldFile readGold(Path file) throws IOException {
    String name = null;
    String sha = null;
    String published = null;
    List<GoldEvent> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String[] kv = line.substring(1).strip().split("\t", 2);
        if (kv.length == 2) {
          switch (kv[0].strip()) {
            case "file" -> name = kv[1].strip();
            case "sha256" -> sha = kv[1].strip();
            case "published" -> published = kv[1].strip();
            default -> {}
          }
        }
        continue;
      }
      if (line.startsWith("trigger_start")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 8) {
        throw new IOException(file + ":" + lineNo + ": expected 8 columns, found " + f.length);
      }
      try {
        rows.add(
            new GoldEvent(
                Integer.parseInt(f[0]),
                Integer.parseInt(f[1]),
                f[2],
                f[3],
                names(f[4]),
                names(f[5]),
                names(f[6]),
                f[7].strip()));
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + lineNo + ": bad offset", e);
      }
    }
    if (name == null || sha == null) {
      throw new IOException(file + ": missing '# file' or '# sha256' header");
    }
    return new GoldFile(name, sha, published, rows);
  }

  private static List<String> names(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
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

  private static String describe(GoldEvent g, String original) {
    return String.format(
        Locale.ROOT,
        "[%d,%d) %s \"%s\" in \"%s\"",
        g.start(),
        g.end(),
        g.type(),
        g.trigger(),
        context(original, g.start(), g.end()));
  }

  private static String context(String text, int start, int end) {
    int a = Math.max(0, start - 40);
    int b = Math.min(text.length(), end + 40);
    return text.substring(a, b).replace('\n', ' ');
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
