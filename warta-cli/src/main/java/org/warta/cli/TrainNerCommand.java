package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warta.eval.SharedData;
import org.warta.nlp.entity.ner.NerLexicon;
import org.warta.nlp.entity.ner.NerProvenance;
import org.warta.nlp.entity.ner.NerTraining;
import org.warta.nlp.entity.ner.SequenceNameFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta train ner}: trains the Indonesian named-entity model and writes it with its
 * provenance (data checksums, parameters, scores).
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the Indonesian PER/LOC/ORG model on idner-news-2k train (+ NERGrit train), scores it"
          + " on idner-news-2k dev and NERGrit valid, and writes model.bin.gz and provenance.json.",
      "Deterministic: the same data and options give the same model bytes and scores."
    })
final class TrainNerCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "warta-core/src/main/resources/org/warta/lang/id/ner",
      description = "Output folder. Default: ${DEFAULT-VALUE} (the committed model).")
  Path out;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared data folder (default: ../shared or $WARTA_SHARED).")
  Path shared;

  @Option(
      names = "--iterations",
      defaultValue = "" + Defaults.ITERATIONS,
      description = "Perceptron passes over the data. Default: ${DEFAULT-VALUE}.")
  int iterations;

  @Option(
      names = "--cutoff",
      defaultValue = "" + Defaults.CUTOFF,
      description = "Drop features seen fewer times. Default: ${DEFAULT-VALUE}.")
  int cutoff;

  @Option(
      names = "--seed",
      defaultValue = "" + Defaults.SEED,
      description = "Seed of the sentence order. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--no-nergrit",
      description =
          "Train on idner-news-2k only (default: also NERGrit train, mapped to PER/LOC/ORG).")
  boolean noNergrit;

  @Option(
      names = "--no-domain-adapt",
      description =
          "Share all features between the corpora (default: per-corpus feature copies, news vs"
              + " wiki, and tag with the news copies).")
  boolean noDomainAdapt;

  /** The settings of the committed model. */
  static final class Defaults {
    static final int ITERATIONS = 15;
    static final int CUTOFF = 2;
    static final long SEED = 1;

    private Defaults() {}
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = shared != null ? shared : SharedData.root().orElse(null);
    if (root == null || !Files.isRegularFile(root.resolve(NerTraining.IDNER_TRAIN))) {
      err.println(
          "warta train ner: the shared data is not there (looked for "
              + (root == null ? "../shared" : root.resolve(NerTraining.IDNER_TRAIN))
              + "); use --shared DIR");
      return ExitCodes.USAGE;
    }
    NerTraining.Options options =
        new NerTraining.Options(root, iterations, cutoff, seed, !noNergrit, !noDomainAdapt);
    NerTraining.Result r =
        NerTraining.run(
            options,
            NerLexicon.fromClasspath(SequenceNameFinder.INDONESIAN_DIR),
            line -> {
              err.println(line);
              err.flush();
            });
    Path modelFile = out.resolve(SequenceNameFinder.MODEL_FILE);
    NerTraining.writeModel(r.model(), modelFile);
    NerProvenance.write(
        out.resolve("provenance.json"), options, r, modelFile, GitVersion.describe());
    o.println(r.dev().toMarkdown());
    o.println(r.nergritValid().toMarkdown());
    o.printf(
        "model: %s (%d features, %,d bytes), trained in %.1f s%n",
        modelFile, r.model().featureCount(), Files.size(modelFile), r.millis() / 1000.0);
    return ExitCodes.OK;
  }
}
