package org.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta eval LAYER ...}: scores one extraction layer against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Scores an extraction layer against gold data and prints precision, recall and F1.",
    subcommands = {
      EvalSegmentationCommand.Sentences.class,
      EvalSegmentationCommand.Tokens.class,
      EvalQuantitiesCommand.class,
      EvalEntitiesCommand.class,
      EvalQuotesCommand.class,
      EvalClaimsCommand.class,
      EvalTimexCommand.class,
      EvalEventsCommand.class,
      EvalHtmlCommand.class,
      EvalNerCommand.class
    })
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
