package org.warta.nlp.entity.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warta.eval.conll.Chunk;
import org.warta.eval.conll.Chunker;
import org.warta.model.EntityType;
import org.warta.model.Token;
import org.warta.nlp.entity.NameFinder;
import org.warta.nlp.entity.NameSpan;

/**
 * A {@link NameFinder} backed by a trained {@link LinearChainModel}: it tags the tokens of a
 * sentence with BIO labels {@code PER}/{@code LOC}/{@code ORG} and returns the chunks as {@link
 * NameSpan}s of {@link EntityType#PERSON}, {@link EntityType#LOCATION} and {@link
 * EntityType#ORGANIZATION}, with the geometric mean of the tokens' label marginals as confidence.
 *
 * <p>Thread-safe: the model and lexicon are immutable and tagging allocates per call, so one
 * instance (for example {@link #indonesian()}) is shared by all threads; no pool or ThreadLocal is
 * needed.
 *
 * <p>Design decision: a linear-chain model of our own instead of Apache OpenNLP's {@code
 * NameFinderME}. Trained on the same data and scored the same way on idner-news-2k dev, OpenNLP
 * 2.5.4 with its default feature generators reached micro-F1 0.734 (maxent) and 0.778 (perceptron,
 * with NERGrit); this model reaches 0.870 (see {@code docs/ner.md}). It also avoids OpenNLP's
 * non-thread-safe tagger and a runtime dependency.
 *
 * <pre>{@code
 * NameFinder ner = SequenceNameFinder.indonesian();
 * List<NameSpan> names = ner.find(text, sentenceTokens);
 * }</pre>
 */
public final class SequenceNameFinder implements NameFinder {
  /** Classpath folder of the Indonesian model, its lexicons and {@code provenance.json}. */
  public static final String INDONESIAN_DIR = "org/warta/lang/id/ner";

  /** File name of the model inside a model folder. */
  public static final String MODEL_FILE = "model.bin.gz";

  private final LinearChainModel model;
  private final NerFeatures features;

  public SequenceNameFinder(LinearChainModel model, NerLexicon lexicon) {
    this.model = model;
    this.features = new NerFeatures(lexicon);
  }

  /** The committed Indonesian news model (loaded once, on first use). */
  public static SequenceNameFinder indonesian() {
    return Holder.INDONESIAN;
  }

  private static final class Holder {
    static final SequenceNameFinder INDONESIAN = load();

    private static SequenceNameFinder load() {
      String path = INDONESIAN_DIR + "/" + MODEL_FILE;
      try (InputStream in = SequenceNameFinder.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + path);
        }
        return new SequenceNameFinder(
            LinearChainModel.read(in), NerLexicon.fromClasspath(INDONESIAN_DIR));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
  }

  /** A model file written by {@code warta train ner}, with the Indonesian lexicons. */
  public static SequenceNameFinder fromFile(Path modelFile) throws IOException {
    try (InputStream in = Files.newInputStream(modelFile)) {
      return new SequenceNameFinder(
          LinearChainModel.read(in), NerLexicon.fromClasspath(INDONESIAN_DIR));
    }
  }

  public LinearChainModel model() {
    return model;
  }

  /** BIO labels for the words of one sentence. */
  public List<String> tagWords(List<String> words) {
    return tag(words).labels();
  }

  LinearChainModel.Tagging tag(List<String> words) {
    return model.tag(features.extract(words));
  }

  @Override
  public List<NameSpan> find(String text, List<Token> tokens) {
    return read(tokens, false).names();
  }

  @Override
  public Reading read(String text, List<Token> tokens) {
    return read(tokens, true);
  }

  private Reading read(List<Token> tokens, boolean outside) {
    if (tokens.isEmpty()) {
      return new Reading(List.of(), outside ? new double[0] : null);
    }
    List<String> words = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      words.add(t.text());
    }
    LinearChainModel.Tagging tagging = model.tag(features.extract(words), outside);
    List<NameSpan> out = new ArrayList<>();
    for (Chunk c : Chunker.chunks(tagging.labels())) {
      EntityType type = entityType(c.type());
      if (type == null) {
        continue;
      }
      double logSum = 0;
      for (int i = c.start(); i < c.end(); i++) {
        logSum += Math.log(Math.max(1e-9, tagging.confidence()[i]));
      }
      double conf = Math.exp(logSum / (c.end() - c.start()));
      out.add(
          new NameSpan(tokens.get(c.start()).start(), tokens.get(c.end() - 1).end(), type, conf));
    }
    return new Reading(out, tagging.outside());
  }

  /** PER/LOC/ORG (and the NERGrit spellings) to the record's types; null for anything else. */
  static EntityType entityType(String tag) {
    return switch (tag) {
      case "PER", "PERSON" -> EntityType.PERSON;
      case "LOC", "PLACE", "LOCATION" -> EntityType.LOCATION;
      case "ORG", "ORGANISATION", "ORGANIZATION" -> EntityType.ORGANIZATION;
      default -> null;
    };
  }
}
