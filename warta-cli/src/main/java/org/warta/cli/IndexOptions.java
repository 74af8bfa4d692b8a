package org.warta.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every index command shares: {@code --index DIR} and {@code --format text|json}. */
final class IndexOptions {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "warta-data",
      description = "Index directory. Default: ${DEFAULT-VALUE}.")
  Path index;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;
}
