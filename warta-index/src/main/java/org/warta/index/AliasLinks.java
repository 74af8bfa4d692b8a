package org.warta.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.warta.model.ArticleRecord;
import org.warta.model.Entity;
import org.warta.model.Mention;

/**
 * Acronym ↔ long-form links that one article establishes, which then merge the entity across every
 * article ({@code BNPB} in one article, {@code Badan Nasional Penanggulangan Bencana} in another).
 * An article links an acronym to a long name when it writes both: as forms of one entity (the
 * entity stage joins {@code Badan Nasional Penanggulangan Bencana (BNPB)}), or as two entities
 * where the acronym equals the long name's initials.
 *
 * <p>Design decision: links are learned only from articles that write both forms, never from
 * initials alone across articles, because short acronyms collide ({@code PSI} is a party and a
 * football association); one article pairing them is evidence, a matching initial is not.
 *
 * <p>Each link is indexed in both directions as {@code key\u001fpartner}.
 */
final class AliasLinks {
  private AliasLinks() {}

  static Set<String> of(ArticleRecord r) {
    Set<String> links = new LinkedHashSet<>();
    List<String[]> acronyms = new ArrayList<>(); // {key, entity id}
    List<String[]> longNames = new ArrayList<>(); // {key, initials, entity id}
    for (Entity e : r.entities()) {
      Set<String> forms = new LinkedHashSet<>();
      forms.add(e.name());
      for (Mention m : e.mentions()) {
        forms.add(m.text());
      }
      List<String> acr = new ArrayList<>();
      List<String> full = new ArrayList<>();
      for (String f : forms) {
        if (EntityNames.isAcronym(f)) {
          acr.add(EntityNames.key(f));
          acronyms.add(new String[] {EntityNames.key(f), e.id()});
        } else if (f.strip().contains(" ")) {
          full.add(EntityNames.key(f));
          String ini = EntityNames.initials(f);
          if (ini != null) {
            longNames.add(new String[] {EntityNames.key(f), ini, e.id()});
          }
        }
      }
      for (String a : acr) {
        for (String f : full) {
          add(links, a, f);
        }
      }
    }
    for (String[] a : acronyms) {
      for (String[] l : longNames) {
        if (!a[1].equals(l[2]) && a[0].equals(l[1])) {
          add(links, a[0], l[0]);
        }
      }
    }
    return links;
  }

  private static void add(Set<String> links, String a, String b) {
    if (!a.isEmpty() && !b.isEmpty() && !a.equals(b)) {
      links.add(a + IndexSchema.SEP + b);
      links.add(b + IndexSchema.SEP + a);
    }
  }
}
