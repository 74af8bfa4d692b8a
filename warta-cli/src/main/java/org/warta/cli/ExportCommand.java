package org.warta.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.warta.index.CsvExport;
import org.warta.index.GkgExport;
import org.warta.index.JsonlExport;
import org.warta.index.OpenIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warta export}: the index as JSON Lines, CSV tables or a GDELT GKG 2.1 table. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports the stored records: jsonl (records exactly as warta analyze prints them),"
          + " csv (articles, entities, quantities, times, quotes, claims, events: one file each),"
          + " gkg (a GDELT GKG 2.1 tab-separated table; see docs/export.md).",
      "jsonl and gkg go to standard output unless --out DIR is given; csv needs --out DIR."
    })
final class ExportCommand implements Callable<Integer> {
  enum Kind {
    jsonl,
    csv,
    gkg
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "warta-data",
      description = "Index directory. Default: ${DEFAULT-VALUE}.")
  Path index;

  @Option(names = "--format", required = true, description = "jsonl, csv or gkg.")
  Kind format;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (format == Kind.csv && out == null) {
      err.println("warta export: --format csv needs --out DIR");
      return ExitCodes.USAGE;
    }
    try (OpenIndex idx = OpenIndex.open(index)) {
      long n;
      if (format == Kind.csv) {
        n = CsvExport.write(idx, out);
      } else {
        Writer w;
        if (out == null) {
          w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        } else {
          Files.createDirectories(out);
          w =
              Files.newBufferedWriter(
                  out.resolve(format == Kind.jsonl ? "records.jsonl" : "warta.gkg.csv"),
                  StandardCharsets.UTF_8);
        }
        n = format == Kind.jsonl ? JsonlExport.write(idx, w) : GkgExport.write(idx, w);
        w.flush();
        if (out != null) {
          w.close();
        }
      }
      err.println("warta export: " + n + " articles" + (out == null ? "" : " to " + out));
    } catch (OpenIndex.NoIndexException e) {
      err.println("warta export: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    return ExitCodes.OK;
  }
}
