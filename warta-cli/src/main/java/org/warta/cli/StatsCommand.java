package org.warta.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.warta.index.IndexStats;
import org.warta.index.OpenIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warta stats}: counts of the index. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Counts articles, story groups, entities, quantities and flagged conflicts.")
final class StatsCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @Mixin IndexOptions io;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (OpenIndex index = OpenIndex.open(io.index)) {
      IndexStats s = IndexStats.of(index);
      if (io.format == OutputFormat.json) {
        out.println(Json.write(s));
      } else {
        out.printf(
            "articles    %d%nstories     %d%nentities    %d%nquantities  %d%nconflicts   %d%n",
            s.articles(), s.stories(), s.entities(), s.quantities(), s.conflicts());
      }
      out.flush();
    } catch (OpenIndex.NoIndexException e) {
      spec.commandLine().getErr().println("warta stats: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }
}
