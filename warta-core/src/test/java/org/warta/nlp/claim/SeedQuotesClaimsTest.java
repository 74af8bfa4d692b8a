package org.warta.nlp.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.analysis.ArticleAnalyzer;
import org.warta.eval.SharedData;
import org.warta.ingest.ArticleMetadata;
import org.warta.ingest.RawArticle;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Modality;
import org.warta.model.Quantity;
import org.warta.model.Quote;

/** Quote and claim facts of the founding article, read from ../shared (skipped without it). */
class SeedQuotesClaimsTest {
  private static ArticleAnalyzer analyzer;

  @BeforeAll
  static void setUp() {
    analyzer = ArticleAnalyzer.standard();
  }

  private static ArticleRecord seed() throws IOException {
    Optional<Path> p = SharedData.resolve("seeds/000_22b53b6cf5b646ea.txt");
    Assumptions.assumeTrue(p.isPresent(), "../shared/seeds not available: seed test skipped");
    String text = Files.readString(p.get(), StandardCharsets.UTF_8);
    return analyzer.analyze(
        new RawArticle("seed", text, new ArticleMetadata(null, null, "2025-08-30", null)));
  }

  private static Map<String, Entity> entities(ArticleRecord r) {
    return r.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }

  @Test
  void longQuoteIsSpokenByKimJongUn() throws IOException {
    ArticleRecord r = seed();
    Quote q =
        r.quotes().stream()
            .filter(x -> x.text().startsWith("Saya banyak memikirkan"))
            .findFirst()
            .orElseThrow();
    assertThat(entities(r).get(q.speaker()).name()).isEqualTo("Kim Jong Un");
    assertThat(r.text().substring(q.start(), q.end())).isEqualTo(q.text());
  }

  @Test
  void scareQuotesAreQuotesWithTheirReportingSource() throws IOException {
    ArticleRecord r = seed();
    Quote duka =
        r.quotes().stream()
            .filter(x -> x.text().equals("dukacita yang mendalam"))
            .findFirst()
            .orElseThrow();
    assertThat(duka.speakerText()).isEqualTo("media pemerintah");
    Quote sedih =
        r.quotes().stream().filter(x -> x.text().equals("kesedihan")).findFirst().orElseThrow();
    assertThat(entities(r).get(sedih.speaker()).name()).isEqualTo("Kim Jong Un");
  }

  private static Claim claimWith(ArticleRecord r, double value) {
    Map<String, Quantity> qs =
        r.quantities().stream().collect(Collectors.toMap(Quantity::id, Function.identity()));
    return r.claims().stream()
        .filter(c -> c.quantities().stream().anyMatch(id -> qs.get(id).value() == value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim with quantity " + value));
  }

  @Test
  void troopsClaimIsBelievedBySouthKorea() throws IOException {
    ArticleRecord r = seed();
    Claim c = claimWith(r, 15000);
    assertThat(c.modality()).isEqualTo(Modality.BELIEVED);
    assertThat(c.source().text()).isEqualTo("Korea Selatan");
    assertThat(entities(r).get(c.source().entity()).name()).isEqualTo("Korea Selatan");
  }

  @Test
  void deadClaimIsBelievedByWesternOfficialsThroughTheBbc() throws IOException {
    ArticleRecord r = seed();
    Claim c = claimWith(r, 1000);
    assertThat(c.modality()).isIn(Modality.BELIEVED, Modality.REPORTED);
    assertThat(c.source().entity()).isNull();
    assertThat(c.source().text()).isEqualTo("pejabat Barat");
    assertThat(c.source().channelText()).isEqualTo("BBC");
    assertThat(entities(r).get(c.source().channelEntity()).name()).isEqualTo("BBC");
  }

  @Test
  void laterEstimateIsItsOwnClaim() throws IOException {
    Claim c = claimWith(seed(), 600);
    assertThat(c.modality()).isEqualTo(Modality.ESTIMATED);
    assertThat(c.source().text()).isEqualTo("estimasi yang lebih mutakhir");
  }

  @Test
  void activeSoldiersArePossible() throws IOException {
    Claim c = claimWith(seed(), 1_280_000);
    assertThat(c.modality()).isEqualTo(Modality.POSSIBLE);
    assertThat(c.source()).isNull();
  }

  @Test
  void scheduledMeetingIsPlanned() throws IOException {
    Claim c =
        seed().claims().stream()
            .filter(x -> x.text().startsWith("Kim dijadwalkan bertemu Vladimir Putin"))
            .findFirst()
            .orElseThrow();
    assertThat(c.modality()).isEqualTo(Modality.PLANNED);
  }

  @Test
  void devArticlesGiveValidQuoteAndClaimSpans() throws IOException {
    Optional<Path> dir = SharedData.resolve("data/articles");
    Assumptions.assumeTrue(dir.isPresent(), "../shared/data/articles not available: skipped");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.get())) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    int quotes = 0;
    for (Path f : files) {
      ArticleRecord r =
          analyzer.analyze(
              new RawArticle(
                  f.toString(), Files.readString(f, StandardCharsets.UTF_8), ArticleMetadata.NONE));
      for (Quote q : r.quotes()) {
        assertThat(r.text().substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(q.text()).doesNotContain("\"", "\u201C", "\u201D", "\n");
        quotes++;
      }
      for (Claim c : r.claims()) {
        assertThat(r.text().substring(c.start(), c.end())).isEqualTo(c.text());
        if (c.cue() != null) {
          assertThat(r.text().substring(c.cue().start(), c.cue().end())).isEqualTo(c.cue().text());
        }
      }
    }
    assertThat(quotes).isGreaterThan(20);
  }
}
