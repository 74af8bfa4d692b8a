package org.warta.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warta} command: one subcommand class per verb. */
@Command(
    name = "warta",
    mixinStandardHelpOptions = true,
    versionProvider = WartaCli.Version.class,
    description =
        "Turns online news into a verifiable record of who did what, to whom, when, where,"
            + " how many, and who says so.",
    subcommands = {
      AnalyzeCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      DemoCommand.class,
      CorpusCommand.class,
      BenchCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      EntityCommand.class,
      FiguresCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      IndexBenchCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class WartaCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs {@code args} and returns the exit code, without calling {@link System#exit}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new WartaCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("warta: internal error: " + ex);
          if (System.getenv("WARTA_DEBUG") != null) {
            ex.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println("(set WARTA_DEBUG=1 for the stack trace)");
          }
          return ExitCodes.INTERNAL;
        });
    return cli.execute(args);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = WartaCli.class.getPackage().getImplementationVersion();
      return new String[] {"warta " + (v == null ? "development build" : v)};
    }
  }
}
