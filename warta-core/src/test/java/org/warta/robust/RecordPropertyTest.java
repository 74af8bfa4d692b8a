package org.warta.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.analysis.RecordValidator;
import org.warta.analysis.SharedAnalyzer;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.RawArticle;
import org.warta.io.RecordJsonWriter;
import org.warta.model.ArticleRecord;

/**
 * Invariants of every record, on articles built at random from genuine sentences, boilerplate and
 * noise (emoji, combining marks, stray quotes and brackets, digits, other scripts): every span lies
 * in the text and covers exactly its own text; the JSON validates against the project's schema and
 * its code-point offsets slice the same spans; the same input always gives the same JSON, from
 * another analyzer instance and from several threads at once.
 */
class RecordPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final RecordJsonWriter JSON = new RecordJsonWriter();
  private static final JsonSchema SCHEMA = loadSchema();
  private static final List<String> NOISE =
      List.of(
          "😀",
          "🇮🇩",
          "e\u0301",
          "\u0301",
          "“",
          "”",
          "\"",
          "'",
          "(",
          ")",
          "[",
          "]",
          "«",
          "—",
          "–",
          "-",
          "…",
          "...",
          "1.000",
          "1,28 juta",
          "3/8/2019",
          "(3/8)",
          "pukul 09.15 WIB",
          "Rp 5.000",
          "50%",
          "\u00A0",
          "\u200B",
          "\t",
          "\u2028",
          "漢字",
          "العربية",
          "ไทย",
          "Ж",
          "&amp;",
          "<b>",
          "kata dia",
          "menurut BNPB",
          "Senin lalu",
          "sekitar 600 orang tewas",
          "\uFFFD");
  private static ArticleAnalyzer second;

  private static JsonSchema loadSchema() {
    try (InputStream in =
        RecordPropertyTest.class.getResourceAsStream("/org/warta/record.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A second analyzer, built once: the same input must give the same record from both. */
  private static synchronized ArticleAnalyzer second() {
    if (second == null) {
      second = ArticleAnalyzer.standard();
    }
    return second;
  }

  @AfterContainer
  static void release() {
    second = null;
  }

  @Provide
  Arbitrary<RawArticle> articles() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.of(TestTexts.GENUINE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(TestTexts.BOILERPLATE)),
            net.jqwik.api.Tuple.of(2, Arbitraries.of(NOISE)),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n", "\n\n", "", ", ");
    Arbitrary<List<String>> body =
        Combinators.combine(piece, separator).as((p, s) -> p + s).list().ofMaxSize(40);
    Arbitrary<String> published =
        Arbitraries.of(null, "2025-08-30", "2019-08-03T16:40+07:00", "2024-02-29", "bukan tanggal");
    return Combinators.combine(Arbitraries.of(TestTexts.TITLES), body, published)
        .as(
            (title, parts, date) ->
                new RawArticle(
                    "acak.txt",
                    title + "\n\n" + String.join("", parts),
                    new ArticleMetadata(null, null, date, null)));
  }

  @Property(tries = 150)
  void everySpanIsValidAndTheJsonKeepsTheSchema(@ForAll("articles") RawArticle raw)
      throws IOException {
    ArticleRecord record = SharedAnalyzer.get().analyze(raw);
    assertThat(RecordValidator.problems(record)).isEmpty();
    String json = JSON.toJson(record, raw.content());
    JsonNode node = MAPPER.readTree(json);
    assertThat(SCHEMA.validate(node)).isEmpty();
    int[] cps = node.get("text").asText().codePoints().toArray();
    for (String layer : List.of("quantities", "times", "quotes", "claims")) {
      for (JsonNode span : node.get(layer)) {
        int s = span.get("start").asInt();
        int e = span.get("end").asInt();
        assertThat(new String(cps, s, e - s)).isEqualTo(span.get("text").asText());
      }
    }
    for (JsonNode entity : node.get("entities")) {
      for (JsonNode m : entity.get("mentions")) {
        int s = m.get("start").asInt();
        assertThat(new String(cps, s, m.get("end").asInt() - s)).isEqualTo(m.get("text").asText());
      }
    }
    int[] original = raw.content().codePoints().toArray();
    for (JsonNode r : node.get("removed")) {
      int s = r.get("start").asInt();
      assertThat(new String(original, s, r.get("end").asInt() - s))
          .isEqualTo(r.get("text").asText());
    }
  }

  @Property(tries = 60)
  void analyzeIsDeterministic(@ForAll("articles") RawArticle raw) {
    String once = JSON.toJson(SharedAnalyzer.get().analyze(raw), raw.content());
    String again = JSON.toJson(SharedAnalyzer.get().analyze(raw), raw.content());
    String elsewhere = JSON.toJson(second().analyze(raw), raw.content());
    assertThat(again).isEqualTo(once);
    assertThat(elsewhere).isEqualTo(once);
  }

  /** Stages are shared by all threads: analysing concurrently must not change any record. */
  @Property(tries = 5)
  void concurrentAnalysisGivesTheSameRecords(
      @ForAll("articles") RawArticle a,
      @ForAll("articles") RawArticle b,
      @ForAll("articles") RawArticle c)
      throws Exception {
    List<RawArticle> batch = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      batch.addAll(List.of(a, b, c));
    }
    List<String> sequential = new ArrayList<>();
    for (RawArticle r : batch) {
      sequential.add(JSON.toJson(SharedAnalyzer.get().analyze(r), r.content()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (RawArticle r : batch) {
        futures.add(pool.submit(() -> JSON.toJson(SharedAnalyzer.get().analyze(r), r.content())));
      }
      for (int i = 0; i < batch.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
