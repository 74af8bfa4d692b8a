package org.warta.nlp.entity.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.eval.Counts;
import org.warta.eval.ScoreTable;

/**
 * {@code provenance.json} beside a trained NER model: the data files with their SHA-256, the
 * lexicon resources with theirs, the training parameters, the date, the code version, the model's
 * checksum and size, and its scores — enough to check that a retrained model is the same one.
 */
public final class NerProvenance {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private NerProvenance() {}

  /** Writes the provenance of a model trained by {@link NerTraining#run}. */
  public static void write(
      Path file,
      NerTraining.Options options,
      NerTraining.Result result,
      Path modelFile,
      String codeVersion)
      throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("model", SequenceNameFinder.MODEL_FILE);
    root.put("model_sha256", NerTraining.sha256(modelFile));
    root.put("model_bytes", Files.size(modelFile));
    root.put("features", result.model().featureCount());
    root.put("labels", result.model().labels());
    root.put("model_settings", result.model().meta());
    root.put(
        "algorithm",
        "averaged structured perceptron, first-order linear chain, BIO-constrained Viterbi;"
            + " per-corpus feature copies (news target folded in); confidences from"
            + " forward-backward marginals at a temperature calibrated on held-out training"
            + " sentences");
    root.put("trained", LocalDate.now(ZoneOffset.UTC).toString());
    root.put("code_version", codeVersion);
    root.put(
        "retrain_command",
        "./warta train ner --iterations "
            + options.iterations()
            + " --cutoff "
            + options.cutoff()
            + " --seed "
            + options.seed()
            + (options.nergrit() ? "" : " --no-nergrit")
            + (options.domainAdapt() ? "" : " --no-domain-adapt"));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("iterations", options.iterations());
    params.put("cutoff", options.cutoff());
    params.put("seed", options.seed());
    params.put("nergrit", options.nergrit());
    params.put("domain_adapt", options.domainAdapt());
    root.put("parameters", params);
    List<String> train =
        options.nergrit()
            ? List.of(NerTraining.IDNER_TRAIN, NerTraining.NERGRIT_TRAIN)
            : List.of(NerTraining.IDNER_TRAIN);
    root.put("training_data", files(options.shared(), train));
    root.put(
        "evaluation_data",
        files(options.shared(), List.of(NerTraining.IDNER_DEV, NerTraining.NERGRIT_VALID)));
    root.put("training_sentences", result.trainSentences());
    root.put(
        "tag_mapping", "PERSON->PER, PLACE->LOC, ORGANISATION->ORG (NERGrit); any other type -> O");
    Map<String, Object> lex = new LinkedHashMap<>();
    for (String name : List.of("cues.tsv", "gazetteer.tsv", "clusters.tsv.gz")) {
      try (InputStream in =
          NerProvenance.class
              .getClassLoader()
              .getResourceAsStream(SequenceNameFinder.INDONESIAN_DIR + "/" + name)) {
        if (in != null) {
          lex.put(name, NerTraining.sha256(in));
        }
      }
    }
    root.put("lexicon_sha256", lex);
    Map<String, Object> scores = new LinkedHashMap<>();
    scores.put(NerTraining.IDNER_DEV, scores(result.dev()));
    scores.put(NerTraining.NERGRIT_VALID, scores(result.nergritValid()));
    root.put("scores", scores);
    root.put("training_millis", result.millis());
    JSON.writeValue(file.toFile(), root);
  }

  private static List<Map<String, Object>> files(Path shared, List<String> rel) throws IOException {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (String r : rel) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", r);
      m.put("sha256", NerTraining.sha256(shared.resolve(r)));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> scores(ScoreTable t) {
    Map<String, Object> m = new LinkedHashMap<>();
    t.byClass().forEach((k, c) -> m.put(k, prf(c)));
    m.put("micro", prf(t.micro()));
    Map<String, Object> macro = new LinkedHashMap<>();
    macro.put("precision", round(t.macroPrecision()));
    macro.put("recall", round(t.macroRecall()));
    macro.put("f1", round(t.macroF1()));
    m.put("macro", macro);
    return m;
  }

  private static Map<String, Object> prf(Counts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tp", c.tp());
    m.put("fp", c.fp());
    m.put("fn", c.fn());
    m.put("precision", round(c.precision()));
    m.put("recall", round(c.recall()));
    m.put("f1", round(c.f1()));
    return m;
  }

  private static double round(double x) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.4f", x));
  }

  /** Reads a provenance file. */
  public static JsonNode read(InputStream in) throws IOException {
    return JSON.readTree(in);
  }
}
