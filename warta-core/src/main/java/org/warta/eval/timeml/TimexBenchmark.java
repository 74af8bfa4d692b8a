package org.warta.eval.timeml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.warta.model.TimeExpression;
import org.warta.nlp.time.TimeStage;
import org.warta.pipeline.AnnotatedArticle;
import org.warta.pipeline.Layers;
import org.warta.pipeline.Paragraphs;

/**
 * A directory of TimeML documents with their gold TIMEX3, and the run of a {@link TimeStage} over
 * it. Gold comes from stand-off files ({@link TimexStandoff}) when a gold directory is given, or
 * else from the documents' in-text {@code TIMEX3} tags.
 */
public final class TimexBenchmark {
  /** One document with its gold. */
  public record Item(String name, TimeMlDocument doc, List<Timex> gold) {}

  private TimexBenchmark() {}

  /** The {@code *.tml} and {@code *.xml} files of {@code dir}, sorted by name. */
  public static List<Path> timeMlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(
              p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".tml") || n.endsWith(".xml") || n.endsWith(".timeml");
              })
          .sorted()
          .toList();
    }
  }

  /**
   * Loads the documents of {@code dir} and their gold.
   *
   * @param goldDir a directory of {@code <DOCID>.tsv} stand-off files, or null to use in-text tags.
   *     Every gold file must name an existing document; documents without a gold file are left out.
   * @throws TimexStandoff.MismatchException if a document's text is not the annotated one
   * @throws IllegalArgumentException if a file cannot be parsed
   */
  public static List<Item> load(Path dir, Path goldDir) throws IOException {
    List<Item> items = new ArrayList<>();
    if (goldDir == null) {
      for (Path f : timeMlFiles(dir)) {
        TimeMlDocument doc = parse(f);
        items.add(new Item(doc.docId(), doc, doc.timexes()));
      }
      return items;
    }
    List<Path> golds;
    try (Stream<Path> s = Files.list(goldDir)) {
      golds = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
    for (Path g : golds) {
      TimexStandoff standoff = TimexStandoff.read(g);
      Path f = dir.resolve(standoff.file());
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException(
            g + ": names " + standoff.file() + ", which is not in " + dir);
      }
      TimeMlDocument doc = parse(f);
      items.add(new Item(doc.docId(), doc, standoff.align(doc.text())));
    }
    return items;
  }

  private static TimeMlDocument parse(Path f) throws IOException {
    try {
      return TimeMlReader.read(f);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
    }
  }

  /** True if any document carries in-text TIMEX3 tags. */
  public static boolean hasInlineGold(Path dir) throws IOException {
    for (Path f : timeMlFiles(dir)) {
      if (!parse(f).timexes().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code stage} on a document's text T with its DCT as the publication date (paragraphs from
   * {@link Paragraphs#split}).
   */
  public static List<Timex> predict(TimeStage stage, TimeMlDocument doc) {
    AnnotatedArticle article = AnnotatedArticle.of(doc.text(), doc.dct());
    stage.process(article);
    List<Timex> out = new ArrayList<>();
    for (TimeExpression t : article.get(Layers.TIMES)) {
      out.add(new Timex(t.id(), t.start(), t.end(), t.type().name(), t.value(), t.text()));
    }
    return out;
  }

  /** Predicts every item and scores it. */
  public static TimexEvaluation evaluate(TimeStage stage, List<Item> items) {
    TimexEvaluation eval = new TimexEvaluation();
    for (Item item : items) {
      eval.add(item.name(), item.doc().text(), item.gold(), predict(stage, item.doc()));
    }
    return eval;
  }
}
