package org.warta.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.Approx;
import org.warta.model.ArticleRecord;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Quantity;
import org.warta.model.Removal;
import org.warta.model.SourceInfo;

class RecordJsonWriterTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private static ArticleRecord record(String text, List<Entity> entities, List<Quantity> q) {
    return new ArticleRecord(
        "id1",
        SourceInfo.UNKNOWN,
        null,
        "id",
        "T",
        text,
        List.of(new Removal("Baca juga", "related-article", 3, 12)),
        List.of(),
        entities,
        q,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  @Test
  void offsetsAreCodePointsSoPythonSlicingWorks() throws Exception {
    String text = "T\n\n😀 Kim bertemu Putin.";
    int kim = text.indexOf("Kim");
    Entity e = new Entity("e1", EntityType.PERSON, "Kim", List.of(Mention.of(text, kim, kim + 3)));
    JsonNode n =
        mapper.readTree(new RecordJsonWriter().toJson(record(text, List.of(e), List.of()), null));
    JsonNode m = n.get("entities").get(0).get("mentions").get(0);
    int start = m.get("start").asInt();
    int[] cps = text.codePoints().toArray();
    assertThat(new String(cps, start, m.get("end").asInt() - start)).isEqualTo("Kim");
    assertThat(start).isEqualTo(kim - 1);
  }

  @Test
  void integralNumbersAreWrittenAsIntegers() throws Exception {
    String text = "T\n\nsekitar 15.000 pasukan dan 1,28 juta";
    Quantity q1 =
        new Quantity(
            "n1",
            "sekitar 15.000 pasukan",
            3,
            25,
            15000,
            null,
            null,
            Approx.ABOUT,
            "pasukan",
            "deployed");
    Quantity q2 = new Quantity("n2", "0,5", 0, 0, 0.5, 0.5, null, Approx.AT_LEAST, null, null);
    String json = new RecordJsonWriter().toJson(record(text, List.of(), List.of(q1, q2)), null);
    assertThat(json).contains("\"value\":15000,").contains("\"approx\":\"about\"");
    assertThat(json).contains("\"value\":0.5,\"low\":0.5,\"high\":null,\"approx\":\"at_least\"");
  }

  @Test
  void writesEveryContractField() throws Exception {
    JsonNode n =
        mapper.readTree(
            new RecordJsonWriter().toJson(record("T\n\nx", List.of(), List.of()), "ab Baca juga"));
    for (String f :
        List.of(
            "id",
            "source",
            "published",
            "language",
            "title",
            "text",
            "removed",
            "sentences",
            "entities",
            "quantities",
            "times",
            "quotes",
            "claims",
            "events")) {
      assertThat(n.has(f)).as(f).isTrue();
    }
    assertThat(n.get("source").has("path")).isTrue();
    assertThat(n.get("published").isNull()).isTrue();
    assertThat(n.get("removed").get(0).get("reason").asText()).isEqualTo("related-article");
  }
}
