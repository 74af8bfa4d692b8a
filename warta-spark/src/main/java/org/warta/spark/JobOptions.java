package org.warta.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@link WartaSparkJob}.
 *
 * @param inputs files or directories on any Hadoop file system
 * @param output the output directory (must not exist unless {@code overwrite})
 * @param master the Spark master, or null to take it from {@code spark-submit}
 * @param partitions input partitions, or 0 for three per core of the cluster
 */
public record JobOptions(
    List<String> inputs,
    String output,
    String master,
    int partitions,
    String encoding,
    long maxBytes,
    boolean overwrite) {
  public static final String USAGE =
      String.join(
          "\n",
          "Usage: WartaSparkJob --input PATH [--input PATH…] --output DIR [options]",
          "  --input PATH      WARC/WARC.gz files, directories of plain-text or HTML articles",
          "                    (with INDEX.tsv metadata), JSON Lines; any Hadoop file system.",
          "  --output DIR      writes DIR/jsonl/ (records), DIR/parquet/<table>/, DIR/rejects/,",
          "                    DIR/summary.json.",
          "  --master URL      Spark master (default: as spark-submit sets it, else local[*]).",
          "  --partitions N    input partitions (default: 3 per core).",
          "  --encoding E      utf-8 (default), windows-1252 or auto, as warta analyze.",
          "  --max-bytes N     reject inputs larger than N bytes (default 10000000).",
          "  --overwrite       replace DIR if it exists.");

  /** Thrown for a command line that cannot be run, with the message to print. */
  public static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  /** Parses {@code args}. */
  public static JobOptions parse(String[] args) throws UsageException {
    List<String> inputs = new ArrayList<>();
    String output = null;
    String master = null;
    int partitions = 0;
    String encoding = "utf-8";
    long maxBytes = 10_000_000;
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input":
          inputs.add(value(args, ++i, a));
          break;
        case "--output":
          output = value(args, ++i, a);
          break;
        case "--master":
          master = value(args, ++i, a);
          break;
        case "--partitions":
          partitions = (int) number(value(args, ++i, a), a);
          break;
        case "--encoding":
          encoding = value(args, ++i, a);
          break;
        case "--max-bytes":
          maxBytes = number(value(args, ++i, a), a);
          break;
        case "--overwrite":
          overwrite = true;
          break;
        case "-h":
        case "--help":
          throw new UsageException(USAGE);
        default:
          throw new UsageException("unknown option '" + a + "'\n" + USAGE);
      }
    }
    if (inputs.isEmpty() || output == null) {
      throw new UsageException("--input and --output are required\n" + USAGE);
    }
    try {
      org.warta.ingest.TextDecoder.Encoding.parse(encoding);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--encoding: " + e.getMessage());
    }
    return new JobOptions(
        List.copyOf(inputs), output, master, partitions, encoding, maxBytes, overwrite);
  }

  private static String value(String[] args, int i, String option) throws UsageException {
    if (i >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static long number(String s, String option) throws UsageException {
    try {
      long v = Long.parseLong(s);
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new UsageException(option + ": '" + s + "' is not a non-negative number");
    }
  }
}
