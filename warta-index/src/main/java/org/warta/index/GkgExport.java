package org.warta.index;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.io.CodePointOffsets;
import org.warta.model.ArticleRecord;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.TimeExpression;
import org.warta.model.TimeType;

/**
 * Writes the records as a GDELT Global Knowledge Graph 2.1 table (tab-separated, 27 columns, no
 * header, one row per article), for people who already have GKG tooling. Warta fills the columns it
 * knows and leaves the rest empty; the mapping is documented in {@code docs/export.md}.
 *
 * <ul>
 *   <li>{@code GKGRECORDID}: {@code DATE-articleid}; {@code V2.1DATE}: publication date as {@code
 *       YYYYMMDDHHMMSS}; {@code V2SOURCECOLLECTIONIDENTIFIER} 1 (web); {@code V2SOURCECOMMONNAME}
 *       the outlet; {@code V2DOCUMENTIDENTIFIER} the URL (else the path).
 *   <li>{@code V1COUNTS}/{@code V2.1COUNTS}: quantities whose category has a GKG count type ({@code
 *       killed}→KILL, {@code injured}→WOUND, {@code arrested}→ARREST, {@code affected}/{@code
 *       displaced}/{@code evacuated}/{@code missing}→AFFECT), as {@code TYPE#number#object#0######}
 *       (+{@code #offset} in V2.1); locations are not geocoded.
 *   <li>{@code V1/V2ENHANCED PERSONS, ORGANIZATIONS, LOCATIONS}: entities by type, the enhanced
 *       columns with the character offset of each mention; locations as {@code 0#name#####} (type
 *       0: not geocoded).
 *   <li>{@code V2.1ENHANCEDDATES}: resolved DATE expressions as {@code
 *       resolution#month#day#year#offset}.
 *   <li>{@code V2.1QUOTATIONS}: {@code offset|length|speaker|quote}; {@code V2.1ALLNAMES}: every
 *       entity mention {@code name,offset}; {@code V2.1AMOUNTS}: every quantity {@code
 *       value,object,offset}.
 * </ul>
 *
 * Offsets are code points into the record's text (GDELT's are into its own text copy). Delimiter
 * characters inside values ({@code ; # , | tab newline}) are replaced by spaces.
 */
public final class GkgExport {
  static final int COLUMNS = 27;
  private static final Map<String, String> COUNT_TYPES = new HashMap<>();

  static {
    COUNT_TYPES.put("killed", "KILL");
    COUNT_TYPES.put("injured", "WOUND");
    COUNT_TYPES.put("arrested", "ARREST");
    COUNT_TYPES.put("affected", "AFFECT");
    COUNT_TYPES.put("displaced", "AFFECT");
    COUNT_TYPES.put("evacuated", "AFFECT");
    COUNT_TYPES.put("missing", "AFFECT");
  }

  private GkgExport() {}

  public static long write(OpenIndex index, Writer out) throws IOException {
    long n = 0;
    for (int doc : index.records().allDocs()) {
      out.write(row(index.records().record(doc)));
      out.write('\n');
      n++;
    }
    out.flush();
    return n;
  }

  /** The GKG row of one record (without the newline). */
  static String row(ArticleRecord r) {
    CodePointOffsets cp = new CodePointOffsets(r.text());
    String[] c = new String[COLUMNS];
    String date = gkgDate(r.published());
    c[0] = (date.isEmpty() ? "0" : date) + "-" + r.id();
    c[1] = date;
    c[2] = "1";
    c[3] = clean(r.source().outlet());
    c[4] = clean(r.source().url() != null ? r.source().url() : r.source().path());
    List<String> v1Counts = new ArrayList<>();
    List<String> v2Counts = new ArrayList<>();
    List<String> amounts = new ArrayList<>();
    for (Quantity q : r.quantities()) {
      String value = number(q.value());
      String object = clean(q.object());
      String type = q.category() == null ? null : COUNT_TYPES.get(q.category());
      if (type != null) {
        String base = type + "#" + value + "#" + object + "#0######";
        v1Counts.add(base);
        v2Counts.add(base + "#" + cp.toCodePoint(q.start()));
      }
      amounts.add(value + "," + object + "," + cp.toCodePoint(q.start()));
    }
    c[5] = String.join(";", v1Counts);
    c[6] = String.join(";", v2Counts);
    List<String> persons = new ArrayList<>();
    List<String> personsV2 = new ArrayList<>();
    List<String> orgs = new ArrayList<>();
    List<String> orgsV2 = new ArrayList<>();
    List<String> locs = new ArrayList<>();
    List<String> locsV2 = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Entity e : r.entities()) {
      String name = clean(e.name());
      List<String> v1 =
          e.type() == EntityType.PERSON
              ? persons
              : e.type() == EntityType.ORGANIZATION
                  ? orgs
                  : e.type() == EntityType.LOCATION ? locs : null;
      List<String> v2 =
          e.type() == EntityType.PERSON
              ? personsV2
              : e.type() == EntityType.ORGANIZATION
                  ? orgsV2
                  : e.type() == EntityType.LOCATION ? locsV2 : null;
      if (v1 != null) {
        v1.add(e.type() == EntityType.LOCATION ? "0#" + name + "#####" : name);
      }
      for (Mention m : e.mentions()) {
        int off = cp.toCodePoint(m.start());
        if (v2 != null) {
          v2.add((e.type() == EntityType.LOCATION ? "0#" + name + "#####" : name) + "," + off);
        }
        names.add(name + "," + off);
      }
    }
    c[9] = String.join(";", locs);
    c[10] = String.join(";", locsV2);
    c[11] = String.join(";", persons);
    c[12] = String.join(";", personsV2);
    c[13] = String.join(";", orgs);
    c[14] = String.join(";", orgsV2);
    List<String> dates = new ArrayList<>();
    for (TimeExpression t : r.times()) {
      String d = enhancedDate(t);
      if (d != null) {
        dates.add(d + "#" + cp.toCodePoint(t.start()));
      }
    }
    c[16] = String.join(";", dates);
    List<String> quotes = new ArrayList<>();
    for (Quote q : r.quotes()) {
      int start = cp.toCodePoint(q.start());
      quotes.add(
          start
              + "|"
              + (cp.toCodePoint(q.end()) - start)
              + "|"
              + clean(q.speakerText())
              + "|"
              + clean(q.text()));
    }
    c[22] = String.join("#", quotes);
    c[23] = String.join(";", names);
    c[24] = String.join(";", amounts);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < COLUMNS; i++) {
      if (i > 0) {
        b.append('\t');
      }
      b.append(c[i] == null ? "" : c[i]);
    }
    return b.toString();
  }

  /** {@code 2019-08-03T16:40+07:00} → {@code 20190803164000}; date only → {@code …000000}. */
  static String gkgDate(String published) {
    if (published == null || published.length() < 10) {
      return "";
    }
    String d = published.substring(0, 10).replace("-", "");
    String hh = "00";
    String mm = "00";
    if (published.length() >= 16 && published.charAt(10) == 'T') {
      hh = published.substring(11, 13);
      mm = published.substring(14, 16);
    }
    String out = d + hh + mm + "00";
    return out.matches("\\d{14}") ? out : "";
  }

  /** GKG resolution: 4 full date, 2 month only, 1 year only (3, month and day, is not produced). */
  static String enhancedDate(TimeExpression t) {
    if (t.type() != TimeType.DATE || t.value() == null) {
      return null;
    }
    String v = t.value();
    if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return "4#"
          + Integer.parseInt(v.substring(5, 7))
          + "#"
          + Integer.parseInt(v.substring(8, 10))
          + "#"
          + v.substring(0, 4);
    }
    if (v.matches("\\d{4}-\\d{2}")) {
      return "2#" + Integer.parseInt(v.substring(5, 7)) + "#0#" + v.substring(0, 4);
    }
    if (v.matches("\\d{4}")) {
      return "1#0#0#" + v;
    }
    return null;
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 9e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[;#,|\\t\\r\\n]", " ").strip();
  }
}
