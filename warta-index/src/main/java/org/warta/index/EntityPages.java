package org.warta.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;

/**
 * Entity pages: one entity merged across articles.
 *
 * <h2>How names are merged</h2>
 *
 * <ol>
 *   <li>The name asked for is normalised ({@link EntityNames#key}: case, hyphens, spaces, periods),
 *       so {@code Kim Jong-un} and {@code Kim Jong Un} are one key.
 *   <li>Acronym links learned from articles that write both forms ({@link AliasLinks}) add the
 *       partner: {@code BNPB} ↔ {@code Badan Nasional Penanggulangan Bencana}.
 *   <li>Each article's entity whose name or any mention has one of these keys is taken: within an
 *       article the entity stage has already joined {@code Kim} to {@code Kim Jong Un}.
 *   <li>The multi-word canonical names of the entities taken, and their acronym partners, are added
 *       to the keys and step 3 runs once more: an article that only ever writes {@code Kim Jong Un}
 *       joins the page asked for as {@code Kim}.
 * </ol>
 *
 * <p>Design decision: expansion stops after one round, and only multi-word names expand, so that a
 * bare surname cannot chain unrelated people together.
 */
public final class EntityPages {
  private static final int MAX_ARTICLES = 10_000;
  private static final int MAX_LIST = 200;
  private final OpenIndex index;

  public EntityPages(OpenIndex index) {
    this.index = index;
  }

  /** The keys an entity name expands to through acronym links (first round only). */
  public Set<String> keys(String name) throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    String k = EntityNames.key(name);
    if (k.isEmpty()) {
      return keys;
    }
    keys.add(k);
    keys.addAll(partners(k));
    return keys;
  }

  /** Articles that mention the entity in any of its first-round spellings. */
  public Query articlesQuery(String name) throws IOException {
    return anyKey(keys(name));
  }

  private static Query anyKey(Set<String> keys) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String k : keys) {
      b.add(new TermQuery(new Term(IndexSchema.ENTITY, k)), BooleanClause.Occur.SHOULD);
    }
    if (keys.isEmpty()) {
      b.add(new TermQuery(new Term(IndexSchema.ENTITY, "\u0000")), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** Acronym partners of a key, from the links every article recorded. */
  Set<String> partners(String key) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    String prefix = key + IndexSchema.SEP;
    BytesRef p = new BytesRef(prefix);
    for (LeafReaderContext leaf : index.reader().leaves()) {
      Terms terms = leaf.reader().terms(IndexSchema.ALIAS);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
        continue;
      }
      do {
        String t = te.term().utf8ToString();
        if (!t.startsWith(prefix)) {
          break;
        }
        out.add(t.substring(prefix.length()));
      } while (te.next() != null);
    }
    return out;
  }

  /** The page of {@code name}, or null when no article mentions it. */
  public EntityPage page(String name) throws IOException {
    Set<String> keys = keys(name);
    if (keys.isEmpty()) {
      return null;
    }
    List<Match> matches = matches(keys);
    Set<String> more = new LinkedHashSet<>(keys);
    for (Match m : matches) {
      for (Entity e : m.entities) {
        if (e.name().strip().contains(" ")) {
          String k = EntityNames.key(e.name());
          if (more.add(k)) {
            more.addAll(partners(k));
          }
        }
      }
    }
    if (more.size() > keys.size()) {
      matches = matches(more);
      keys = more;
    }
    if (matches.isEmpty()) {
      return null;
    }
    return build(matches);
  }

  /** An article and its entities that carry one of the keys. */
  private record Match(int doc, ArticleRecord record, List<Entity> entities) {}

  private List<Match> matches(Set<String> keys) throws IOException {
    List<Match> out = new ArrayList<>();
    ScoreDoc[] docs = index.searcher().search(anyKey(keys), MAX_ARTICLES).scoreDocs;
    for (ScoreDoc sd : docs) {
      ArticleRecord r = index.records().record(sd.doc);
      List<Entity> found = new ArrayList<>();
      for (Entity e : r.entities()) {
        if (forms(e).stream().anyMatch(f -> keys.contains(EntityNames.key(f)))) {
          found.add(e);
        }
      }
      if (!found.isEmpty()) {
        out.add(new Match(sd.doc, r, found));
      }
    }
    return out;
  }

  private static Set<String> forms(Entity e) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(e.name());
    for (Mention m : e.mentions()) {
      forms.add(m.text());
    }
    return forms;
  }

  private EntityPage build(List<Match> matches) throws IOException {
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> types = new HashMap<>();
    Map<String, Set<String>> aliasArticles = new TreeMap<>();
    List<EntityPage.ArticleRef> articles = new ArrayList<>();
    Map<String, Set<String>> cooc = new HashMap<>();
    Map<String, String> coocName = new HashMap<>();
    Map<String, String> coocType = new HashMap<>();
    List<EntityPage.QuoteRef> quotes = new ArrayList<>();
    List<EntityPage.ClaimRef> claims = new ArrayList<>();
    List<EntityPage.EventRef> events = new ArrayList<>();
    Set<String> ownKeys = new HashSet<>();
    for (Match m : matches) {
      for (Entity e : m.entities) {
        for (String f : forms(e)) {
          ownKeys.add(EntityNames.key(f));
        }
      }
    }
    for (Match m : matches) {
      ArticleRecord r = m.record;
      Set<String> ids = new HashSet<>();
      int mentions = 0;
      for (Entity e : m.entities) {
        ids.add(e.id());
        mentions += e.mentions().size();
        names.merge(e.name().strip(), 1, Integer::sum);
        types.merge(e.type().name(), 1, Integer::sum);
        for (String f : forms(e)) {
          aliasArticles.computeIfAbsent(f.strip(), x -> new HashSet<>()).add(r.id());
        }
      }
      articles.add(
          new EntityPage.ArticleRef(
              r.id(),
              r.title(),
              r.source().outlet(),
              r.published(),
              index.records().story(m.doc),
              mentions));
      for (Entity e : r.entities()) {
        String k = EntityNames.key(e.name());
        if (ids.contains(e.id()) || ownKeys.contains(k) || k.isEmpty()) {
          continue;
        }
        cooc.computeIfAbsent(k, x -> new HashSet<>()).add(r.id());
        coocName.merge(k, e.name().strip(), (a, b) -> a.length() >= b.length() ? a : b);
        coocType.putIfAbsent(k, e.type().name());
      }
      for (Quote q : r.quotes()) {
        if (q.speaker() != null && ids.contains(q.speaker())) {
          quotes.add(
              new EntityPage.QuoteRef(
                  q.text(), q.speakerText(), r.id(), r.source().outlet(), r.published()));
        }
      }
      Map<String, Quantity> qs = new HashMap<>();
      for (Quantity q : r.quantities()) {
        qs.put(q.id(), q);
      }
      for (Claim c : r.claims()) {
        if (c.source() != null
            && c.source().entity() != null
            && ids.contains(c.source().entity())) {
          List<String> figures = new ArrayList<>();
          for (String qid : c.quantities()) {
            Quantity q = qs.get(qid);
            if (q != null) {
              figures.add(q.text() + (q.category() == null ? "" : " (" + q.category() + ")"));
            }
          }
          claims.add(
              new EntityPage.ClaimRef(
                  c.text(),
                  c.modality().code(),
                  figures,
                  r.id(),
                  r.source().outlet(),
                  r.published()));
        }
      }
      for (Event ev : r.events()) {
        String role = null;
        if (ev.actors().stream().anyMatch(ids::contains)) {
          role = "actor";
        } else if (ev.targets().stream().anyMatch(ids::contains)) {
          role = "target";
        } else if (ev.places().stream().anyMatch(ids::contains)) {
          role = "place";
        }
        if (role != null) {
          events.add(
              new EntityPage.EventRef(
                  ev.type().name(),
                  ev.trigger().text(),
                  role,
                  r.id(),
                  r.source().outlet(),
                  r.published()));
        }
      }
    }
    Comparator<String> newest = Comparator.nullsLast(Comparator.<String>reverseOrder());
    articles.sort(Comparator.comparing(EntityPage.ArticleRef::published, newest));
    quotes.sort(Comparator.comparing(EntityPage.QuoteRef::published, newest));
    claims.sort(Comparator.comparing(EntityPage.ClaimRef::published, newest));
    events.sort(Comparator.comparing(EntityPage.EventRef::published, newest));
    List<EntityPage.Alias> aliases = new ArrayList<>();
    aliasArticles.forEach((f, a) -> aliases.add(new EntityPage.Alias(f, a.size())));
    aliases.sort(Comparator.comparingInt(EntityPage.Alias::articles).reversed());
    List<EntityPage.Cooccurrence> co = new ArrayList<>();
    cooc.forEach(
        (k, a) -> co.add(new EntityPage.Cooccurrence(coocName.get(k), coocType.get(k), a.size())));
    co.sort(
        Comparator.comparingInt(EntityPage.Cooccurrence::articles)
            .reversed()
            .thenComparing(EntityPage.Cooccurrence::name));
    return new EntityPage(
        best(names),
        best(types),
        aliases,
        cap(articles),
        cap(co),
        cap(quotes),
        cap(claims),
        cap(events));
  }

  /** The most frequent value; ties go to the longer, then alphabetically first. */
  private static String best(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparingInt(e -> e.getKey().length())
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static <T> List<T> cap(List<T> list) {
    return list.size() > MAX_LIST ? List.copyOf(list.subList(0, MAX_LIST)) : list;
  }
}
