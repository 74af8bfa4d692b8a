package org.warta.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.eval.ScoreTable;
import org.warta.eval.conll.ConllReader;
import org.warta.eval.conll.ConllSentence;
import org.warta.eval.conll.EntityStageTagger;
import org.warta.eval.conll.NerScorer;
import org.warta.lang.id.IndonesianEntityLexicon;
import org.warta.nlp.entity.EntityStage;
import org.warta.nlp.entity.ner.NerTraining;
import org.warta.nlp.entity.ner.SequenceNameFinder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta eval ner}: tags CoNLL files with the NER model and scores exact spans (CoNLL
 * convention) per type, micro and macro.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tags the tokens of CoNLL files (token [columns...] tag; IOB1 or BIO; blank line between"
          + " sentences) with the NER model and prints precision, recall and F1 of exact spans"
          + " per type, micro- and macro-averaged.",
      "Gold types PERSON/PLACE/ORGANISATION are read as PER/LOC/ORG; other types count as O."
    })
final class EvalNerCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL files with gold tags.")
  List<Path> files;

  @Option(
      names = "--predictions",
      paramLabel = "OUT",
      description =
          "Also write 'token gold predicted' lines (blank line between sentences) for conlleval.")
  Path predictions;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "A model.bin.gz written by 'warta train ner' (default: the bundled model).")
  Path model;

  @Option(
      names = "--pipeline",
      paramLabel = "MODE",
      description =
          "Score the whole entity stage instead of the bare model: rules, model or combined"
              + " (each sentence analysed as a one-paragraph article).")
  String pipeline;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path f : files) {
      if (!Files.isRegularFile(f) || !Files.isReadable(f)) {
        err.println("warta eval ner: " + f + ": not a readable file");
        return ExitCodes.USAGE;
      }
    }
    if (model != null && !Files.isRegularFile(model)) {
      err.println("warta eval ner: --model " + model + ": not a file");
      return ExitCodes.USAGE;
    }
    SequenceNameFinder finder =
        model == null ? SequenceNameFinder.indonesian() : SequenceNameFinder.fromFile(model);
    NerScorer pooled = new NerScorer(files.size() == 1 ? files.get(0).toString() : "all files");
    BufferedWriter pred =
        predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
    long sentences = 0;
    long tokens = 0;
    long t0 = System.nanoTime();
    try {
      for (Path f : files) {
        List<ConllSentence> gold;
        try {
          gold = ConllReader.read(f);
        } catch (IllegalArgumentException e) {
          err.println("warta eval ner: " + e.getMessage());
          return ExitCodes.USAGE;
        }
        ScoreTable table;
        if (pipeline == null) {
          table =
              NerTraining.evaluate(
                  finder,
                  gold,
                  f.toString(),
                  p -> {
                    pooled.add(p.gold(), p.predicted());
                    if (pred != null) {
                      write(pred, p);
                    }
                  });
        } else {
          EntityStage.Mode mode;
          try {
            mode = EntityStage.Mode.valueOf(pipeline.toUpperCase(java.util.Locale.ROOT));
          } catch (IllegalArgumentException e) {
            err.println(
                "warta eval ner: --pipeline " + pipeline + ": use rules, model or combined");
            return ExitCodes.USAGE;
          }
          EntityStageTagger tagger =
              new EntityStageTagger(
                  EntityStage.of(IndonesianEntityLexicon.load(), mode, List.of(finder)));
          NerScorer fileScorer = new NerScorer(f.toString());
          for (ConllSentence sentence : gold) {
            List<String> goldTags = sentence.tags().stream().map(NerTraining::mapTag).toList();
            List<String> predicted = tagger.tagWords(sentence.tokens());
            fileScorer.add(goldTags, predicted);
            pooled.add(goldTags, predicted);
            if (pred != null) {
              write(pred, new NerTraining.Prediction(sentence.tokens(), goldTags, predicted));
            }
          }
          table = fileScorer.table();
        }
        sentences += gold.size();
        tokens += gold.stream().mapToInt(ConllSentence::size).sum();
        if (files.size() > 1) {
          out.println(table.toMarkdown());
        }
      }
    } finally {
      if (pred != null) {
        pred.close();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    out.println(pooled.table().toMarkdown());
    out.printf("%d sentences, %d tokens, tagged and scored in %.2f s%n", sentences, tokens, secs);
    if (predictions != null) {
      out.println("predictions: " + predictions);
    }
    return ExitCodes.OK;
  }

  private static void write(BufferedWriter w, NerTraining.Prediction p) {
    try {
      for (int i = 0; i < p.tokens().size(); i++) {
        w.write(p.tokens().get(i));
        w.write(' ');
        w.write(p.gold().get(i));
        w.write(' ');
        w.write(p.predicted().get(i));
        w.write('\n');
      }
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
