package org.warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta spark --local}: the Spark job ({@code org.warta.spark.WartaSparkJob}) in local mode,
 * for users without a cluster.
 *
 * <p>Design decision: the job runs in a child JVM whose class path is the {@code warta-spark}
 * module's jar plus the class path files its build writes ({@code target/classpath-warta.txt},
 * {@code target/classpath-spark.txt}). Spark and Hadoop (some 200 jars) thus stay out of {@code
 * warta.jar}: every other command starts as fast as before, and this one pays Spark's start-up only
 * when asked. On a cluster the same job runs from the shaded jar with {@code spark-submit} (see the
 * README).
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Spark job in local mode: WARC/WARC.gz, plain-text/HTML directories and JSON Lines"
          + " in; records as JSON Lines under DIR/jsonl/, Parquet tables under DIR/parquet/<table>/"
          + " (partitioned by language and month), rejects under DIR/rejects/, counts in"
          + " DIR/summary.json.",
      "For a cluster use spark-submit with warta-spark/target/warta-spark-*-job.jar (README)."
    })
final class SparkCommand implements Callable<Integer> {
  /** The JVM options Spark needs on Java 17 (those spark-submit adds). */
  static final List<String> SPARK_JAVA_OPTIONS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--local",
      description = "Run in local mode on this machine (the only mode of this command).")
  boolean local;

  @Option(
      names = "--bench",
      description =
          "Instead of a job: measure the job's throughput on the IndoSum corpus with 1 and 2 local"
              + " cores (see --bench-cores), wall clock and CPU time, and print JSON.")
  boolean bench;

  @Option(
      names = "--bench-cores",
      defaultValue = "1,2",
      description = "Core counts to measure with --bench. Default: ${DEFAULT-VALUE}.")
  String benchCores;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "IndoSum *.jsonl for --bench. Default: ../shared/data/corpus/indosum.")
  String corpus;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "With --bench: only the first N articles (0 = all).")
  int limit;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description = "Input file or directory (repeatable); any Hadoop path (file:, hdfs:, s3a:…).")
  List<String> inputs;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Output directory (must not exist unless --overwrite).")
  String output;

  @Option(
      names = "--cores",
      defaultValue = "0",
      description = "Cores to use (local[N]); 0 = all. Default: ${DEFAULT-VALUE}.")
  int cores;

  @Option(
      names = "--partitions",
      defaultValue = "0",
      description = "Input partitions; 0 = three per core. Default: ${DEFAULT-VALUE}.")
  int partitions;

  @Option(
      names = "--encoding",
      defaultValue = "utf-8",
      description = "utf-8, windows-1252 or auto, as for analyze. Default: ${DEFAULT-VALUE}.")
  String encoding;

  @Option(
      names = "--max-bytes",
      defaultValue = "10000000",
      description = "Reject inputs larger than this. Default: ${DEFAULT-VALUE}.")
  long maxBytes;

  @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
  boolean overwrite;

  @Option(
      names = "--memory",
      defaultValue = "3g",
      description = "Heap of the Spark JVM (-Xmx). Default: ${DEFAULT-VALUE}.")
  String memory;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (!local && !bench) {
      err.println(
          "warta spark: only --local is supported here; on a cluster run the job jar with"
              + " spark-submit (see README, 'Spark').");
      return ExitCodes.USAGE;
    }
    if (!bench && (inputs == null || inputs.isEmpty() || output == null)) {
      err.println("warta spark: --input and --output are required (or --bench)");
      return ExitCodes.USAGE;
    }
    if (cores < 0) {
      err.println("warta spark: --cores must be 0 (all) or more");
      return ExitCodes.USAGE;
    }
    Optional<Path> target = sparkTarget();
    if (target.isEmpty()) {
      err.println(
          "warta spark: the warta-spark module is not built; build it with"
              + " 'mvn -q -B -DskipTests package' (or run ./warta, which builds everything).");
      return ExitCodes.USAGE;
    }
    List<String> command = command(target.get());
    err.flush();
    Process p = new ProcessBuilder(command).inheritIO().start();
    // The job exits 0 (done; rejects are counted, not failures), 1 (output not writable) or 2.
    return p.waitFor();
  }

  /** The child JVM's command line. */
  List<String> command(Path target) throws IOException {
    String classPath =
        String.join(
            java.io.File.pathSeparator,
            thinJar(target).toString(),
            read(target.resolve("classpath-warta.txt")),
            read(target.resolve("classpath-spark.txt")));
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + memory);
    cmd.add("-Xss4m");
    cmd.add("-XX:+UseParallelGC");
    cmd.addAll(SPARK_JAVA_OPTIONS);
    cmd.add("-Dlog4j2.configurationFile=org/warta/spark/log4j2-local.properties");
    String extra = System.getenv("WARTA_SPARK_OPTS");
    if (extra != null && !extra.isBlank()) {
      cmd.addAll(List.of(extra.strip().split("\\s+")));
    }
    cmd.add("-cp");
    cmd.add(classPath);
    if (bench) {
      cmd.add("org.warta.spark.SparkBenchmark");
      cmd.add("--cores");
      cmd.add(benchCores);
      cmd.add("--limit");
      cmd.add(Integer.toString(limit));
      if (corpus != null) {
        cmd.add("--corpus");
        cmd.add(corpus);
      }
      return cmd;
    }
    cmd.add("org.warta.spark.WartaSparkJob");
    cmd.add("--master");
    cmd.add(cores == 0 ? "local[*]" : "local[" + cores + "]");
    for (String in : inputs) {
      cmd.add("--input");
      cmd.add(in);
    }
    cmd.add("--output");
    cmd.add(output);
    cmd.add("--partitions");
    cmd.add(Integer.toString(partitions));
    cmd.add("--encoding");
    cmd.add(encoding);
    cmd.add("--max-bytes");
    cmd.add(Long.toString(maxBytes));
    if (overwrite) {
      cmd.add("--overwrite");
    }
    return cmd;
  }

  /**
   * {@code warta-spark/target} beside the module of this jar ({@code warta-cli/target/warta.jar}),
   * or under {@code $WARTA_HOME}, if it holds a build.
   */
  static Optional<Path> sparkTarget() {
    List<Path> roots = new ArrayList<>();
    String home = System.getenv("WARTA_HOME");
    if (home != null && !home.isBlank()) {
      roots.add(Path.of(home));
    }
    try {
      Path here =
          Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // warta-cli/target/warta.jar or warta-cli/target/classes: the project root is two up.
      if (here.getParent() != null && here.getParent().getParent() != null) {
        roots.add(here.getParent().getParent().getParent());
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // Fall through to the working directory.
    }
    roots.add(Path.of("").toAbsolutePath());
    for (Path root : roots) {
      if (root == null) {
        continue;
      }
      Path target = root.resolve("warta-spark").resolve("target");
      if (Files.isRegularFile(target.resolve("classpath-spark.txt"))
          && Files.isRegularFile(target.resolve("classpath-warta.txt"))) {
        try {
          thinJar(target);
          return Optional.of(target);
        } catch (IOException e) {
          // Not built completely: try the next root.
        }
      }
    }
    return Optional.empty();
  }

  /** The module's own (unshaded) jar. */
  private static Path thinJar(Path target) throws IOException {
    try (var s = Files.list(target)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith("warta-spark-")
                    && n.endsWith(".jar")
                    && !n.endsWith("-job.jar");
              })
          .findFirst()
          .orElseThrow(() -> new IOException("no warta-spark jar in " + target));
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }
}
