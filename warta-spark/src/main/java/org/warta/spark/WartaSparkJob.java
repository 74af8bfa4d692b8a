package org.warta.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.warta.ingest.InputRejectedException;
import scala.Tuple2;

/**
 * The Warta pipeline as a Spark batch job: WARC/WARC.gz files, directories of plain-text or HTML
 * articles and JSON Lines in; the records as JSON Lines, seven Parquet tables and the rejects out.
 *
 * <pre>
 * spark-submit --class org.warta.spark.WartaSparkJob warta-spark-…-job.jar \
 *     --input hdfs:///crawl/2024/ --output hdfs:///warta/2024
 * </pre>
 *
 * <p>Output under {@code --output DIR}:
 *
 * <ul>
 *   <li>{@code jsonl/part-*.jsonl}: one record per distinct article, byte for byte the line {@code
 *       warta analyze --format json} prints for it, in input order (part files in name order);
 *   <li>{@code parquet/<table>/language=…/month=…/}: the tables of {@link TableRows};
 *   <li>{@code rejects/part-*.jsonl}: {@code {"source": …, "reason": …}} per item that could not be
 *       read or analysed, in input order;
 *   <li>{@code summary.json}: the counts ({@link JobSummary}), written last.
 * </ul>
 *
 * <p>Plan: the driver lists the input ({@link InputLister}) and cuts it into contiguous slices of
 * about equal size; each task reads and analyses its slice lazily ({@link PartitionAnalyzer}, one
 * pipeline per executor JVM); outcomes are deduplicated by article id with {@code reduceByKey} (the
 * first copy in input order wins); the result is persisted once and written to every output. The
 * analysis runs once: every output reads the persisted, deduplicated outcomes.
 *
 * <p>Design decision: one task reads a whole file (a WARC.gz cannot be split; a plain-text article
 * is one file). The unit of parallelism is therefore the file: a crawl of many WARC files spreads
 * well, a single huge JSON Lines file does not (split it first).
 */
public final class WartaSparkJob {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private WartaSparkJob() {}

  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (JobOptions.UsageException e) {
      System.err.println("warta spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("warta");
    if (options.master() != null) {
      builder.master(options.master());
    } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    int code = 0;
    try {
      JobSummary summary = run(spark, options);
      System.out.println(summary.toJson());
    } catch (IOException e) {
      System.err.println("warta spark: " + e.getMessage());
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job on {@code spark}. Throws only when the output cannot be written (or exists without
   * {@code overwrite}); bad input never fails the job.
   */
  public static JobSummary run(SparkSession spark, JobOptions options) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(options.output());
    FileSystem outFs = out.getFileSystem(hadoop);
    if (outFs.exists(out)) {
      if (!options.overwrite()) {
        throw new IOException(options.output() + " exists (give --overwrite to replace it)");
      }
      outFs.delete(out, true);
    }

    InputLister listing = new InputLister(hadoop).list(options.inputs());
    List<InputFile> files = listing.files();
    int cores = Math.max(1, jsc.defaultParallelism());
    int wanted = options.partitions() > 0 ? options.partitions() : 3 * cores;
    List<List<InputFile>> slices = slices(files, wanted);

    Broadcast<SerializableConfiguration> conf =
        jsc.broadcast(new SerializableConfiguration(hadoop));
    JobSettings settings = new JobSettings(options.encoding(), options.maxBytes());
    JavaRDD<Outcome> outcomes =
        jsc.parallelize(slices, Math.max(1, slices.size()))
            .mapPartitions(
                it -> {
                  List<InputFile> mine = new ArrayList<>();
                  it.forEachRemaining(mine::addAll);
                  return new PartitionAnalyzer(mine.iterator(), conf.value().value(), settings);
                });
    List<Outcome> listingRejects = new ArrayList<>();
    List<InputRejectedException> lr = listing.rejects();
    for (int i = 0; i < lr.size(); i++) {
      // Negative ordinals: problems of the listing come first among the rejects.
      listingRejects.add(Outcome.reject(i - lr.size(), lr.get(i).input(), lr.get(i).reason()));
    }
    int partitions = Math.max(1, slices.size());
    JavaRDD<Outcome> deduped =
        outcomes
            .mapToPair(o -> new Tuple2<>(o.dedupKey(), o))
            .reduceByKey(Outcome::merge, partitions)
            .values()
            .union(jsc.parallelize(listingRejects, 1))
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      JavaRDD<Outcome> articles = deduped.filter(o -> o.kind() == Outcome.Kind.ARTICLE);
      writeLines(
          spark,
          articles.sortBy(Outcome::ordinal, true, partitions).map(Outcome::json),
          new Path(out, "jsonl"),
          hadoop);
      for (String table : TableRows.TABLES) {
        JavaRDD<Row> rows = articles.flatMap(o -> o.tables().rows(table).iterator());
        Dataset<Row> df = spark.createDataFrame(rows, TableRows.schema(table));
        df.repartition(functions.col("language"), functions.col("month"))
            .write()
            .partitionBy("language", "month")
            .parquet(new Path(new Path(out, "parquet"), table).toString());
      }
      JavaRDD<Outcome> rejects = deduped.filter(o -> o.kind() == Outcome.Kind.REJECT);
      writeLines(
          spark,
          rejects.sortBy(Outcome::ordinal, true, partitions).map(WartaSparkJob::rejectJson),
          new Path(out, "rejects"),
          hadoop);
      long[] counts =
          deduped
              .map(
                  o ->
                      new long[] {
                        o.kind() == Outcome.Kind.ARTICLE ? 1 : 0,
                        o.kind() == Outcome.Kind.REJECT ? 0 : o.copies() - 1,
                        o.kind() == Outcome.Kind.REJECT ? 1 : 0
                      })
              .fold(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
      JavaPairRDD<String, Long> byLanguage =
          articles.mapToPair(o -> new Tuple2<>(o.language(), 1L));
      Map<String, Long> languages = new TreeMap<>(byLanguage.reduceByKey(Long::sum).collectAsMap());
      JobSummary summary =
          new JobSummary(
              files.size(),
              counts[0],
              counts[1],
              counts[2],
              languages,
              (System.nanoTime() - t0) / 1e9);
      try (OutputStream s = outFs.create(new Path(out, "summary.json"), true)) {
        s.write((summary.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return summary;
    } finally {
      deduped.unpersist(false);
      conf.destroy();
    }
  }

  /**
   * Cuts the listing into at most {@code wanted} contiguous slices of about equal bytes: input
   * order is kept within and across slices, and one big WARC file does not share a task with many
   * others.
   */
  static List<List<InputFile>> slices(List<InputFile> files, int wanted) {
    List<List<InputFile>> out = new ArrayList<>();
    if (files.isEmpty()) {
      return out;
    }
    long total = 0;
    for (InputFile f : files) {
      total += Math.max(1, f.size());
    }
    long target = Math.max(1, total / Math.max(1, wanted));
    List<InputFile> current = new ArrayList<>();
    long size = 0;
    for (InputFile f : files) {
      current.add(f);
      size += Math.max(1, f.size());
      if (size >= target && out.size() < wanted - 1) {
        out.add(current);
        current = new ArrayList<>();
        size = 0;
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static String rejectJson(Outcome o) throws JsonProcessingException {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("source", o.source());
    m.put("reason", o.reason());
    return MAPPER.writeValueAsString(m);
  }

  /**
   * Writes lines as text part files, then names them {@code .jsonl} (so that {@code warta ingest
   * DIR/jsonl} reads them as records) and drops Hadoop's {@code _SUCCESS} marker, which is not an
   * input for anyone; the job's own marker is {@code summary.json}.
   */
  private static void writeLines(
      SparkSession spark, JavaRDD<String> lines, Path dir, Configuration hadoop)
      throws IOException {
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().text(dir.toString());
    FileSystem fs = dir.getFileSystem(hadoop);
    for (FileStatus s : fs.listStatus(dir)) {
      String name = s.getPath().getName();
      if (name.equals("_SUCCESS")) {
        fs.delete(s.getPath(), false);
      } else if (name.startsWith("part-") && name.endsWith(".txt")) {
        fs.rename(
            s.getPath(),
            new Path(dir, name.substring(0, name.length() - ".txt".length()) + ".jsonl"));
      }
    }
  }
}
