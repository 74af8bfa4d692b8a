package org.warta.eval.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.RawArticle;

/**
 * Reads the IndoSum corpus (tokenised JSON Lines, CC BY-SA 4.0; {@code
 * ../shared/data/corpus/indosum}) as raw articles for benchmarks and robustness tests.
 *
 * <p>Each article becomes: a title made from its id slug, a blank line, then its paragraphs
 * detokenised. Articles repeated across folds are read once. The id starts with a Unix timestamp,
 * taken as the publication date (UTC+7, Jakarta).
 */
public final class IndoSumCorpus {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private IndoSumCorpus() {}

  /** Every distinct article of every {@code *.jsonl} file of {@code dir}, in file order. */
  public static List<RawArticle> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().collect(Collectors.toList());
    }
    Set<String> seen = new LinkedHashSet<>();
    List<RawArticle> out = new ArrayList<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = MAPPER.readTree(line);
          String id = n.path("id").asText();
          if (!seen.add(id)) {
            continue;
          }
          out.add(toArticle(n));
        }
      }
    }
    return out;
  }

  /**
   * One IndoSum line (already parsed) as a raw article; used by {@link #read} and readers of
   * IndoSum lines elsewhere.
   */
  public static RawArticle toArticle(JsonNode n) {
    String id = n.path("id").asText();
    StringBuilder text = new StringBuilder(title(id)).append("\n\n");
    for (JsonNode paragraph : n.path("paragraphs")) {
      List<String> sentences = new ArrayList<>();
      for (JsonNode sentence : paragraph) {
        List<String> tokens = new ArrayList<>();
        sentence.forEach(t -> tokens.add(t.asText()));
        sentences.add(Detokenizer.join(tokens));
      }
      text.append(String.join(" ", sentences)).append("\n\n");
    }
    String published = null;
    int dash = id.indexOf('-');
    if (dash > 0 && id.substring(0, dash).matches("\\d{9,10}")) {
      published =
          Instant.ofEpochSecond(Long.parseLong(id.substring(0, dash)))
              .atOffset(ZoneOffset.ofHours(7))
              .toLocalDate()
              .toString();
    }
    return new RawArticle(
        "indosum/" + id,
        text.toString(),
        new ArticleMetadata(
            n.path("source_url").asText(null), n.path("source").asText(null), published, "id"));
  }

  private static String title(String id) {
    String slug = id.replaceFirst("^\\d+-", "").replace('-', ' ').strip();
    if (slug.isEmpty()) {
      return id;
    }
    return slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1);
  }
}
