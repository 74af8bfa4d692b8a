package org.warta.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.warta.clean.ArticleCleaner;
import org.warta.clean.CleanedArticle;
import org.warta.model.Removal;

/**
 * Cleaning removes exactly the boilerplate: genuine sentences (226 of them, many starting like
 * boilerplate: "Foto-foto …", "Editor senior …", "Iklan kampanye …", "JAKARTA adalah …") mixed at
 * random with boilerplate lines all stay, word for word, and every boilerplate line goes.
 */
class CleaningPropertyTest {
  private static final ArticleCleaner CLEANER = ArticleCleaner.standard();
  private static final List<String> SPACES = List.of(" ", "  ", "\u00A0", " \t", "\u2009");

  /** One body paragraph: genuine sentences (one line), or one boilerplate unit. */
  record Unit(List<String> genuine, String boilerplate) {}

  /** The article as typed, and what it is made of. */
  record Article(String text, List<String> genuine, List<String> boilerplate) {}

  @Provide
  Arbitrary<Article> articles() {
    Arbitrary<List<String>> genuine =
        Arbitraries.of(TestTexts.GENUINE).list().ofMinSize(1).ofMaxSize(14).uniqueElements();
    Arbitrary<List<String>> boiler =
        Arbitraries.of(TestTexts.BOILERPLATE).list().ofMaxSize(8).uniqueElements();
    Arbitrary<List<Integer>> shape = Arbitraries.integers().between(0, 99).list().ofSize(40);
    return Combinators.combine(
            Arbitraries.of(TestTexts.TITLES), genuine, boiler, shape, Arbitraries.of(SPACES))
        .as(CleaningPropertyTest::compose);
  }

  /** Interleaves genuine paragraphs and boilerplate lines as the random {@code shape} says. */
  private static Article compose(
      String title, List<String> genuine, List<String> boiler, List<Integer> shape, String space) {
    List<Unit> units = new ArrayList<>();
    int g = 0;
    int b = 0;
    int k = 0;
    while (g < genuine.size() || b < boiler.size()) {
      int r = shape.get(k++ % shape.size());
      if (b < boiler.size() && (g >= genuine.size() || r % 3 == 0)) {
        units.add(new Unit(List.of(), boiler.get(b++)));
      } else {
        int take = Math.min(genuine.size() - g, 1 + r % 3);
        units.add(new Unit(genuine.subList(g, g + take), null));
        g += take;
      }
    }
    StringBuilder text = new StringBuilder(title).append("\n\n");
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      int r = shape.get(i % shape.size());
      if (u.boilerplate() != null) {
        text.append(u.boilerplate());
      } else {
        // sentences of a paragraph, with odd white space between some of them and at the edges
        text.append(r % 4 == 0 ? space : "");
        text.append(String.join(r % 5 == 0 ? space : " ", u.genuine()));
        text.append(r % 7 == 0 ? space : "");
      }
      text.append(r % 2 == 0 ? "\n\n" : (r % 3 == 0 ? "\r\n\r\n" : "\n"));
    }
    return new Article(text.toString(), genuine, boiler);
  }

  @Property(tries = 400)
  void everyGenuineSentenceStaysAndEveryBoilerplateLineGoes(@ForAll("articles") Article a) {
    CleanedArticle c = CLEANER.clean(a.text());
    for (String s : a.genuine()) {
      assertThat(c.text()).as("genuine sentence kept").contains(s);
    }
    List<String> removedLines = new ArrayList<>();
    for (Removal r : c.removed()) {
      removedLines.add(r.text());
    }
    List<String> expected = new ArrayList<>();
    for (String unit : a.boilerplate()) {
      expected.addAll(unit.lines().toList());
    }
    assertThat(removedLines).as("removed lines").containsExactlyInAnyOrderElementsOf(expected);
    List<String> paragraphs = List.of(c.text().split("\n\n"));
    for (String line : expected) {
      assertThat(paragraphs).as("boilerplate left in the text").doesNotContain(line);
    }
  }

  /** Each genuine sentence alone, right after the title and as the last line, stays. */
  @Test
  void noGenuineSentenceIsRemovedAnywhere() {
    List<String> lost = new ArrayList<>();
    for (String s : TestTexts.GENUINE) {
      for (String text :
          List.of(
              "Judul Berita\n\n" + s,
              "Judul Berita\n\nParagraf pembuka yang biasa saja.\n\n" + s,
              "Judul Berita\n\n" + s + "\n\nParagraf penutup yang biasa saja.")) {
        CleanedArticle c = CLEANER.clean(text);
        if (!c.text().contains(s) || !c.removed().isEmpty()) {
          lost.add(s + " -> " + c.removed());
        }
      }
    }
    assertThat(lost).isEmpty();
  }

  /** Each boilerplate unit is removed wherever it stands. */
  @Test
  void everyBoilerplateUnitIsRemoved() {
    List<String> kept = new ArrayList<>();
    for (String b : TestTexts.BOILERPLATE) {
      String text = "Judul Berita\n\nParagraf pembuka yang biasa saja.\n\n" + b + "\n\nPenutup.";
      CleanedArticle c = CLEANER.clean(text);
      if (c.removed().size() != b.lines().count()) {
        kept.add(b + " -> " + c.removed());
      }
    }
    assertThat(kept).isEmpty();
  }

  @Test
  void theListsAreLargeEnough() {
    assertThat(TestTexts.GENUINE).hasSizeGreaterThanOrEqualTo(200).doesNotHaveDuplicates();
    assertThat(TestTexts.BOILERPLATE).hasSizeGreaterThanOrEqualTo(40);
  }
}
