package org.warta.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code warta demo}: analyzes the bundled example articles. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Analyzes the bundled example articles and prints their reports.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.OK;
  }
}
