package org.warta.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.warta.io.CodePointOffsets;
import org.warta.model.ArticleRecord;
import org.warta.model.Claim;
import org.warta.model.ClaimSource;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.TimeExpression;

/**
 * The Parquet tables of the job as flat rows: one row per article, entity, quantity, time, quote,
 * claim and event, each carrying the article id and the partition columns ({@code language}, {@code
 * month}). Offsets are Unicode code points into the article's text, as in the JSON record; ids are
 * the record's ids, and where a row refers to an entity or a time its name or value is copied
 * beside the id so that the common questions need no join.
 *
 * <p>No extraction happens here: every value is read off the {@link ArticleRecord} that {@code
 * warta analyze} would print.
 */
public final class TableRows implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}.*");

  /** The table names, in output order. */
  public static final List<String> TABLES =
      List.of("articles", "entities", "quantities", "times", "quotes", "claims", "events");

  /** The value of {@code month} for articles without a publication date. */
  public static final String UNKNOWN_MONTH = "unknown";

  private final Map<String, List<Object[]>> rows;

  private TableRows(Map<String, List<Object[]>> rows) {
    this.rows = rows;
  }

  /** The rows of {@code table} as Spark rows in the column order of {@link #schema}. */
  public List<Row> rows(String table) {
    List<Object[]> values = rows.getOrDefault(table, List.of());
    List<Row> out = new ArrayList<>(values.size());
    for (Object[] v : values) {
      out.add(RowFactory.create(v));
    }
    return out;
  }

  /** The partition month of a record: {@code YYYY-MM} of its publication date, or "unknown". */
  public static String month(String published) {
    return published != null && MONTH.matcher(published).matches()
        ? published.substring(0, 7)
        : UNKNOWN_MONTH;
  }

  /** The schema of {@code table}. */
  public static StructType schema(String table) {
    switch (table) {
      case "articles":
        return schema(
            "article_id",
            S,
            "source_path",
            S,
            "source_url",
            S,
            "source_outlet",
            S,
            "published",
            S,
            "title",
            S,
            "text",
            S,
            "removed",
            I,
            "sentences",
            I,
            "entities",
            I,
            "quantities",
            I,
            "times",
            I,
            "quotes",
            I,
            "claims",
            I,
            "events",
            I);
      case "entities":
        return schema(
            "article_id",
            S,
            "published",
            S,
            "entity_id",
            S,
            "type",
            S,
            "name",
            S,
            "mentions",
            I,
            "forms",
            A,
            "first_start",
            I,
            "first_end",
            I);
      case "quantities":
        return schema(
            "article_id",
            S,
            "published",
            S,
            "quantity_id",
            S,
            "text",
            S,
            "start",
            I,
            "end",
            I,
            "value",
            D,
            "low",
            D,
            "high",
            D,
            "approx",
            S,
            "object",
            S,
            "category",
            S);
      case "times":
        return schema(
            "article_id",
            S,
            "published",
            S,
            "time_id",
            S,
            "text",
            S,
            "start",
            I,
            "end",
            I,
            "type",
            S,
            "value",
            S);
      case "quotes":
        return schema(
            "article_id",
            S,
            "published",
            S,
            "quote_id",
            S,
            "text",
            S,
            "start",
            I,
            "end",
            I,
            "speaker",
            S,
            "speaker_name",
            S,
            "speaker_text",
            S);
      case "claims":
        return schema(
            "article_id",
            S,
            "published",
            S,
            "claim_id",
            S,
            "text",
            S,
            "start",
            I,
            "end",
            I,
            "source_entity",
            S,
            "source_name",
            S,
            "source_text",
            S,
            "channel_entity",
            S,
            "channel_text",
            S,
            "modality",
            S,
            "cue_text",
            S,
            "cue_start",
            I,
            "cue_end",
            I,
            "quantities",
            A,
            "times",
            A);
      case "events":
        return schema(
            "article_id",
            S,
            "published",
            S,
            "event_id",
            S,
            "type",
            S,
            "cameo",
            S,
            "trigger_text",
            S,
            "trigger_start",
            I,
            "trigger_end",
            I,
            "actors",
            A,
            "actor_names",
            A,
            "targets",
            A,
            "target_names",
            A,
            "places",
            A,
            "place_names",
            A,
            "time",
            S,
            "time_value",
            S,
            "quantities",
            A);
      default:
        throw new IllegalArgumentException("no table " + table);
    }
  }

  private static final DataType S = DataTypes.StringType;
  private static final DataType I = DataTypes.IntegerType;
  private static final DataType D = DataTypes.DoubleType;
  private static final DataType A = DataTypes.createArrayType(DataTypes.StringType, false);

  private static StructType schema(Object... nameType) {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < nameType.length; i += 2) {
      fields.add(
          DataTypes.createStructField((String) nameType[i], (DataType) nameType[i + 1], true));
    }
    fields.add(DataTypes.createStructField("language", S, false));
    fields.add(DataTypes.createStructField("month", S, false));
    return DataTypes.createStructType(fields);
  }

  /** Flattens one record into the rows of every table. */
  public static TableRows of(ArticleRecord r) {
    CodePointOffsets cp = new CodePointOffsets(r.text());
    String id = r.id();
    String pub = r.published();
    String lang = r.language();
    String month = month(pub);
    Map<String, String> entityNames = new HashMap<>();
    for (Entity e : r.entities()) {
      entityNames.put(e.id(), e.name());
    }
    Map<String, String> timeValues = new HashMap<>();
    for (TimeExpression t : r.times()) {
      timeValues.put(t.id(), t.value());
    }
    Map<String, List<Object[]>> rows = new HashMap<>();
    rows.put(
        "articles",
        List.<Object[]>of(
            row(
                lang,
                month,
                id,
                r.source().path(),
                r.source().url(),
                r.source().outlet(),
                pub,
                r.title(),
                r.text(),
                r.removed().size(),
                r.sentences().size(),
                r.entities().size(),
                r.quantities().size(),
                r.times().size(),
                r.quotes().size(),
                r.claims().size(),
                r.events().size())));
    List<Object[]> entities = new ArrayList<>();
    for (Entity e : r.entities()) {
      LinkedHashSet<String> forms = new LinkedHashSet<>();
      e.mentions().forEach(m -> forms.add(m.text()));
      Mention first = e.mentions().isEmpty() ? null : e.mentions().get(0);
      entities.add(
          row(
              lang,
              month,
              id,
              pub,
              e.id(),
              e.type().name(),
              e.name(),
              e.mentions().size(),
              List.copyOf(forms),
              first == null ? null : cp.toCodePoint(first.start()),
              first == null ? null : cp.toCodePoint(first.end())));
    }
    rows.put("entities", entities);
    List<Object[]> quantities = new ArrayList<>();
    for (Quantity q : r.quantities()) {
      quantities.add(
          row(
              lang,
              month,
              id,
              pub,
              q.id(),
              q.text(),
              cp.toCodePoint(q.start()),
              cp.toCodePoint(q.end()),
              q.value(),
              q.low(),
              q.high(),
              q.approx().code(),
              q.object(),
              q.category()));
    }
    rows.put("quantities", quantities);
    List<Object[]> times = new ArrayList<>();
    for (TimeExpression t : r.times()) {
      times.add(
          row(
              lang,
              month,
              id,
              pub,
              t.id(),
              t.text(),
              cp.toCodePoint(t.start()),
              cp.toCodePoint(t.end()),
              t.type().name(),
              t.value()));
    }
    rows.put("times", times);
    List<Object[]> quotes = new ArrayList<>();
    for (Quote q : r.quotes()) {
      quotes.add(
          row(
              lang,
              month,
              id,
              pub,
              q.id(),
              q.text(),
              cp.toCodePoint(q.start()),
              cp.toCodePoint(q.end()),
              q.speaker(),
              q.speaker() == null ? null : entityNames.get(q.speaker()),
              q.speakerText()));
    }
    rows.put("quotes", quotes);
    List<Object[]> claims = new ArrayList<>();
    for (Claim c : r.claims()) {
      ClaimSource s = c.source();
      Mention cue = c.cue();
      claims.add(
          row(
              lang,
              month,
              id,
              pub,
              c.id(),
              c.text(),
              cp.toCodePoint(c.start()),
              cp.toCodePoint(c.end()),
              s == null ? null : s.entity(),
              s == null || s.entity() == null ? null : entityNames.get(s.entity()),
              s == null ? null : s.text(),
              s == null ? null : s.channelEntity(),
              s == null ? null : s.channelText(),
              c.modality().code(),
              cue == null ? null : cue.text(),
              cue == null ? null : cp.toCodePoint(cue.start()),
              cue == null ? null : cp.toCodePoint(cue.end()),
              c.quantities(),
              c.times()));
    }
    rows.put("claims", claims);
    List<Object[]> events = new ArrayList<>();
    for (Event e : r.events()) {
      events.add(
          row(
              lang,
              month,
              id,
              pub,
              e.id(),
              e.type().name(),
              e.type().cameo(),
              e.trigger().text(),
              cp.toCodePoint(e.trigger().start()),
              cp.toCodePoint(e.trigger().end()),
              e.actors(),
              names(e.actors(), entityNames),
              e.targets(),
              names(e.targets(), entityNames),
              e.places(),
              names(e.places(), entityNames),
              e.time(),
              e.time() == null ? null : timeValues.get(e.time()),
              e.quantities()));
    }
    rows.put("events", events);
    return new TableRows(rows);
  }

  private static List<String> names(List<String> ids, Map<String, String> names) {
    List<String> out = new ArrayList<>(ids.size());
    for (String i : ids) {
      out.add(names.getOrDefault(i, i));
    }
    return out;
  }

  /** One row: the table's own columns, then the partition columns; lists become arrays. */
  private static Object[] row(String language, String month, Object... values) {
    Object[] out = new Object[values.length + 2];
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      out[i] = v instanceof List<?> l ? l.toArray(new String[0]) : v;
    }
    out[values.length] = language;
    out[values.length + 1] = month;
    return out;
  }
}
