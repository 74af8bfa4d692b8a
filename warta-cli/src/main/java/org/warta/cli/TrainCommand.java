package org.warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code warta train MODEL ...}: trains one of Warta's statistical models from shared data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains a statistical model from the shared annotated data.",
    subcommands = {TrainNerCommand.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
