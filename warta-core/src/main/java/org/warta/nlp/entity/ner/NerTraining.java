package org.warta.nlp.entity.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.warta.eval.ScoreTable;
import org.warta.eval.conll.ConllReader;
import org.warta.eval.conll.ConllSentence;
import org.warta.eval.conll.NerScorer;

/**
 * The Indonesian NER training recipe: which corpora, how their tags map onto PER/LOC/ORG, and the
 * scores reported beside the model. {@code warta train ner} runs it; tests run it on a fixture.
 */
public final class NerTraining {
  /** idner-news-2k training split (news; PER/LOC/ORG, BIO). */
  public static final String IDNER_TRAIN = "data/ner/idner-news-2k/train.txt";

  /** idner-news-2k development split: the headline score; never trained on. */
  public static final String IDNER_DEV = "data/ner/idner-news-2k/dev.txt";

  /** NERGrit training split (Wikipedia-style; PERSON/PLACE/ORGANISATION). */
  public static final String NERGRIT_TRAIN = "data/ner/nergrit/train_preprocess.txt";

  /** NERGrit validation split: reported, never trained on. */
  public static final String NERGRIT_VALID = "data/ner/nergrit/valid_preprocess.txt";

  /** Domain names for feature augmentation; tagging uses {@link #NEWS}. */
  public static final String NEWS = "news";

  public static final String WIKI = "wiki";

  private NerTraining() {}

  /** What to train on and how. */
  public record Options(
      Path shared, int iterations, int cutoff, long seed, boolean nergrit, boolean domainAdapt) {
    public PerceptronTrainer.Config config() {
      return new PerceptronTrainer.Config(iterations, cutoff, seed, domainAdapt ? NEWS : null);
    }
  }

  /** A trained model with its development scores. */
  public record Result(
      LinearChainModel model,
      SequenceNameFinder finder,
      ScoreTable dev,
      ScoreTable nergritValid,
      int trainSentences,
      long millis) {}

  /**
   * Trains on idner-news-2k train (and NERGrit train when asked) and scores on idner-news-2k dev
   * and NERGrit valid.
   */
  public static Result run(Options o, NerLexicon lexicon, Consumer<String> log) {
    long t0 = System.currentTimeMillis();
    List<PerceptronTrainer.Sentence> data =
        new ArrayList<>(load(o.shared().resolve(IDNER_TRAIN), NEWS));
    if (o.nergrit()) {
      data.addAll(load(o.shared().resolve(NERGRIT_TRAIN), WIKI));
    }
    log.accept("training on " + data.size() + " sentences: " + o);
    NerFeatures features = new NerFeatures(lexicon);
    double temperature = calibrate(data, features, o.config(), log);
    LinearChainModel model =
        new PerceptronTrainer(features, o.config())
            .train(data, it -> log.accept("  iteration " + it + " done"))
            .withTemperature(temperature);
    long millis = System.currentTimeMillis() - t0;
    SequenceNameFinder finder = new SequenceNameFinder(model, lexicon);
    ScoreTable dev =
        evaluate(
            finder, ConllReader.read(o.shared().resolve(IDNER_DEV)), "idner-news-2k dev", p -> {});
    ScoreTable valid =
        evaluate(
            finder, ConllReader.read(o.shared().resolve(NERGRIT_VALID)), "NERGrit valid", p -> {});
    return new Result(model, finder, dev, valid, data.size(), millis);
  }

  /**
   * Maps a corpus tag onto PER/LOC/ORG: {@code B-PERSON} → {@code B-PER}, {@code I-PLACE} → {@code
   * I-LOC}, {@code B-ORGANISATION} → {@code B-ORG}; tags of any other type become {@code O}.
   */
  public static String mapTag(String tag) {
    if (tag.equals("O") || tag.length() < 3) {
      return "O";
    }
    String type =
        switch (tag.substring(2)) {
          case "PER", "PERSON" -> "PER";
          case "LOC", "PLACE", "LOCATION" -> "LOC";
          case "ORG", "ORGANISATION", "ORGANIZATION" -> "ORG";
          default -> null;
        };
    return type == null ? "O" : tag.substring(0, 2) + type;
  }

  /** Sentences of a CoNLL file with tags mapped by {@link #mapTag}, as training sentences. */
  public static List<PerceptronTrainer.Sentence> load(Path file, String domain) {
    List<PerceptronTrainer.Sentence> out = new ArrayList<>();
    for (ConllSentence s : ConllReader.read(file)) {
      out.add(
          new PerceptronTrainer.Sentence(
              s.tokens(), s.tags().stream().map(NerTraining::mapTag).toList(), domain));
    }
    return out;
  }

  /** Temperatures tried by {@link #calibrate}. */
  private static final double[] TEMPERATURES = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64};

  /**
   * Chooses the temperature that turns the perceptron's scores into calibrated confidences: trains
   * on nine tenths of the training sentences (every tenth held out, by position) and keeps the
   * temperature whose label marginals give the held-out gold labels the highest likelihood.
   * Development and validation data are not used.
   */
  static double calibrate(
      List<PerceptronTrainer.Sentence> data,
      NerFeatures features,
      PerceptronTrainer.Config config,
      Consumer<String> log) {
    List<PerceptronTrainer.Sentence> fit = new ArrayList<>();
    List<PerceptronTrainer.Sentence> held = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      (i % 10 == 9 ? held : fit).add(data.get(i));
    }
    if (held.isEmpty() || fit.isEmpty()) {
      return 1;
    }
    LinearChainModel m = new PerceptronTrainer(features, config).train(fit, it -> {});
    double best = 1;
    double bestLl = Double.NEGATIVE_INFINITY;
    for (double t : TEMPERATURES) {
      double ll = 0;
      for (PerceptronTrainer.Sentence s : held) {
        int[] gold = s.labels().stream().mapToInt(m::labelIndex).toArray();
        if (Arrays.stream(gold).anyMatch(g -> g < 0)) {
          continue;
        }
        ll += m.goldLogLikelihood(features.extract(s.words()), gold, t);
      }
      if (ll > bestLl) {
        bestLl = ll;
        best = t;
      }
    }
    log.accept("calibration: temperature " + best + " (held-out log-likelihood " + bestLl + ")");
    return best;
  }

  /** Tags every sentence of {@code gold} and scores it; {@code predictions} sees each result. */
  public static ScoreTable evaluate(
      SequenceNameFinder finder,
      List<ConllSentence> gold,
      String title,
      Consumer<Prediction> predictions) {
    NerScorer scorer = new NerScorer(title);
    for (ConllSentence s : gold) {
      List<String> goldTags = s.tags().stream().map(NerTraining::mapTag).toList();
      List<String> pred = finder.tagWords(s.tokens());
      scorer.add(goldTags, pred);
      predictions.accept(new Prediction(s.tokens(), goldTags, pred));
    }
    return scorer.table();
  }

  /** One tagged sentence: tokens, gold tags (mapped) and predicted tags. */
  public record Prediction(List<String> tokens, List<String> gold, List<String> predicted) {}

  /** Writes {@code model} to {@code file}. */
  public static void writeModel(LinearChainModel model, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      model.write(out);
    }
  }

  /** Lower-case hex SHA-256 of a file. */
  public static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  /** Lower-case hex SHA-256 of a stream (read to its end, not closed). */
  public static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
