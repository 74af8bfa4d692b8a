package org.warta.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.warta.eval.SharedData;
import org.warta.eval.corpus.IndoSumCorpus;
import org.warta.ingest.RawArticle;

class RequiredLiteralsTest {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static Set<String> of(String regex) {
    return RequiredLiterals.of(Pattern.compile(regex, CI));
  }

  @Test
  void literalRunsAcrossSpacesAndClassesAreJoinedOrSplit() {
    assertThat(of(".{0,200}\\bmenggunakan\\s+(?:cookie|kuki)\\b.{0,200}"))
        .containsExactly("menggunakan");
    assertThat(of(".{5,160}\\s\\|\\s*(?:berita|news)\\s*"))
        .containsExactlyInAnyOrder("berita", "news");
    assertThat(of("\\b(?:khusus\\s+pelanggan|login\\s+untuk|konten\\s+premium)\\b"))
        .containsExactlyInAnyOrder("pelanggan", "login", "premium");
    assertThat(of("(?:baca|membaca|simak)\\s+(?:juga|pula)\\b.*"))
        .containsExactlyInAnyOrder("juga", "pula");
    assertThat(of("(?-i)MEMBACA\\s+.*")).containsExactly("membaca");
    assertThat(of("scroll\\s+(?:to|untuk)")).containsExactly("scroll");
    assertThat(of("Jl\\.")).containsExactly("jl.");
    assertThat(of("(?:ab|cd)(?:ef|gh)")).containsExactlyInAnyOrder("abef", "abgh", "cdef", "cdgh");
  }

  @Test
  void optionalPartsRequireNothingAndUnsupportedSyntaxGivesUp() {
    assertThat(of("(?:foto)?\\s*")).isNull();
    assertThat(of("a|\\d+")).isNull(); // one branch has no literal
    assertThat(of("(a)\\1")).isNull(); // back reference
    assertThat(of("\\Qa.b\\E")).isNull();
    assertThat(of("[abc]+")).isNull();
    assertThat(RequiredLiterals.of(Pattern.compile("a b", Pattern.COMMENTS))).isNull();
  }

  @Test
  void foldingFollowsTheRegexEngine() {
    assertThat(RequiredLiterals.fold("BACA Juga")).isEqualTo("baca juga");
    // The Kelvin sign matches k case-insensitively; folding must agree.
    assertThat(Pattern.compile("k", CI).matcher("\u212A").matches()).isTrue();
    assertThat(RequiredLiterals.fold("\u212A")).isEqualTo("k");
    BoilerplateRules rules =
        new BoilerplateRules(List.of(new BoilerplateRule("x", Pattern.compile("klik", CI), true)));
    assertThat(rules.match("\u212Alik di sini")).contains("x");
    assertThat(rules.match("tekan di sini")).isEmpty();
  }

  @Test
  void everyShippedRuleWithALiteralIsFiltered() {
    List<Set<String>> filters = BoilerplateRules.forAllLanguages().filters();
    assertThat(filters).hasSizeGreaterThan(20);
    assertThat(filters.stream().filter(f -> f == null).count()).isLessThanOrEqualTo(2);
  }

  @Test
  void filteredRulesGiveTheSameAnswersAsPlainRules() throws IOException {
    BoilerplateRules rules = BoilerplateRules.forAllLanguages();
    List<String> lines = new ArrayList<>(syntheticLines());
    Optional<Path> indosum = SharedData.resolve("data/corpus/indosum");
    Optional<Path> articles = SharedData.resolve("data/articles");
    Assumptions.assumeTrue(
        indosum.isPresent() && articles.isPresent(),
        "../shared/data not available: real-text equivalence skipped");
    for (RawArticle a : IndoSumCorpus.read(indosum.get()).subList(0, 1500)) {
      lines.addAll(a.content().lines().map(String::strip).toList());
    }
    try (Stream<Path> s = Files.walk(articles.get())) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        lines.addAll(Files.readString(p).lines().map(String::strip).toList());
      }
    }
    int matched = 0;
    for (String line : lines) {
      Optional<String> plain = rules.matchUnfiltered(line);
      assertThat(rules.match(line)).as(line).isEqualTo(plain);
      matched += plain.isPresent() ? 1 : 0;
    }
    assertThat(matched).isGreaterThan(50);
  }

  /** Boilerplate in many spellings, and ordinary sentences with the rules' words in them. */
  private static List<String> syntheticLines() {
    List<String> base =
        List.of(
            "Baca juga: Harga beras naik",
            "BACA JUGA : Banjir di Bekasi",
            "Simak Video Berikut",
            "MEMBACA Gempa Guncang Cianjur | Berita",
            "Harga Cabai Melonjak | Ekonomi",
            "SCROLL TO CONTINUE WITH CONTENT",
            "Scroll untuk melanjutkan membaca",
            "[Iklan]",
            "Foto: ANTARA/Budi",
            "(Foto: Dok. Humas Polri)",
            "Rep: Siti / Red: Budi",
            "Editor: Ahmad",
            "Kamis, 6 Maret 2025 09:12 WIB",
            "6 Maret 2025 | 09.12 wib",
            "Dapatkan berita terbaru di Google News",
            "Ikuti kami di WhatsApp Channel",
            "Tags: politik, pemilu",
            "Copyright © 2025 Warta",
            "Khusus pelanggan: artikel ini",
            "Situs ini menggunakan cookie untuk pengalaman terbaik",
            "Untuk informasi lebih lanjut klik di sini ya",
            "Pilihan Editor: Gempa di Cianjur",
            "Read more: floods in Jakarta",
            "By Reuters Staff",
            "This site uses cookies.",
            "Click here to subscribe",
            "Warga Bekasi membaca berita banjir di koran pagi.",
            "Ia berkata klik itu bukan tautan ini.",
            "Pelanggan listrik mengeluh tagihan naik.");
    List<String> out = new ArrayList<>(base);
    Random random = new Random(8);
    for (String s : base) {
      for (int k = 0; k < 20; k++) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && b.length() > 0; e++) {
          int at = random.nextInt(b.length());
          switch (random.nextInt(4)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.setCharAt(at, Character.toUpperCase(b.charAt(at)));
            case 2 -> b.insert(at, ' ');
            default -> b.insert(at, base.get(random.nextInt(base.size())));
          }
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
