package org.casewatch.index.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casewatch.index.mapping.CasewatchIndex;

/**
 * Test fixtures for the query service: documents, claims, events and cases as the JSON the sinks
 * write (following the mapping resources, which are strict), and a bulk loader that fails on any
 * refused item.
 */
public final class QueryFixtures {

  private QueryFixtures() {}

  public static Map<String, Object> document(
      String id,
      String title,
      String body,
      String source,
      String platform,
      String language,
      Instant publishedAt,
      double sentiment,
      List<String> people,
      List<String> caseIds) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", id);
    d.put("url", "https://" + source + "/" + id);
    d.put("canonical_url", "https://" + source + "/" + id);
    d.put("source", source);
    d.put("publisher", source);
    d.put("platform", platform);
    d.put("title", title);
    d.put("body", body);
    d.put("published_at", publishedAt.toString());
    d.put("fetched_at", publishedAt.toString());
    d.put("language", language);
    List<Map<String, Object>> entities = new ArrayList<>();
    for (String person : people) {
      entities.add(Map.of("text", person, "type", "PERSON", "canonical_name", person));
    }
    d.put("entities", entities);
    d.put(
        "entity_keys",
        people.stream()
            .distinct()
            .map(p -> org.casewatch.index.mapping.DocumentSource.entityKey("PERSON", p))
            .toList());
    d.put(
        "sentiment", Map.of("label", sentiment < 0 ? "negative" : "positive", "score", sentiment));
    d.put("case_ids", caseIds);
    return d;
  }

  public static Map<String, Object> claim(
      String id,
      String documentId,
      String source,
      Instant publishedAt,
      String act,
      String modality,
      String accused,
      String accuser,
      boolean accuserPublic,
      String quote,
      String caseId,
      double sentimentAccused) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("document_id", documentId);
    c.put("url", "https://" + source + "/" + documentId);
    c.put("canonical_url", "https://" + source + "/" + documentId);
    c.put("source", source);
    c.put("publisher", source);
    c.put("platform", "web");
    c.put("language", "en");
    c.put("published_at", publishedAt.toString());
    c.put("reported_date", publishedAt.toString().substring(0, 10));
    c.put("reported_from", publishedAt.toString());
    c.put("act", act);
    c.put("modality", modality);
    c.put("asserted_by", "accuser");
    c.put("accused", Map.of("name", accused, "mention", accused, "canonical", accused));
    if (accuser != null) {
      c.put(
          "accuser",
          Map.of(
              "name",
              accuser,
              "mention",
              accuser,
              "canonical",
              accuser,
              "public_figure",
              accuserPublic));
    }
    c.put("quote", quote);
    c.put("evidence", List.of(Map.of("text", quote, "begin", 0, "end", quote.length())));
    c.put("confidence", 0.9);
    if (caseId != null) {
      c.put("case_id", caseId);
    }
    c.put("sentiment_accused", sentimentAccused);
    return c;
  }

  public static Map<String, Object> event(
      String id,
      String caseId,
      String type,
      String date,
      String dateKind,
      Instant dateFrom,
      String source,
      Instant publishedAt,
      List<Map<String, Object>> parties,
      String quote,
      double confidence) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", id);
    e.put("document_id", "doc-" + id);
    e.put("url", "https://" + source + "/" + id);
    e.put("source", source);
    e.put("publisher", source);
    e.put("platform", "web");
    e.put("published_at", publishedAt.toString());
    e.put("type", type);
    e.put("date", date);
    e.put("date_from", dateFrom.toString());
    e.put("date_kind", dateKind);
    e.put("parties", parties);
    e.put("quote", quote);
    e.put("confidence", confidence);
    e.put("case_id", caseId);
    return e;
  }

  public static Map<String, Object> party(String name, String role) {
    return Map.of("name", name, "role", role);
  }

  public static Map<String, Object> caseDoc(
      String id,
      String accused,
      String status,
      List<String> acts,
      List<String> organisations,
      Instant firstSeen,
      Instant lastActivity,
      int publishers,
      List<String> countries) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("title", accused + ": alleged " + String.join(", ", acts));
    c.put("accused", Map.of("name", accused, "aliases", List.of()));
    c.put("acts", acts);
    c.put("organisations", organisations);
    c.put(
        "parties",
        List.of(
            Map.of("name", accused, "role", "accused", "public_figure", false),
            Map.of("name", "A. Accuser", "role", "accuser", "public_figure", false)));
    c.put("status", status);
    c.put("first_seen", firstSeen.toString());
    c.put("last_activity", lastActivity.toString());
    c.put("claim_ids", List.of(id + "-c1"));
    c.put("event_ids", List.of(id + "-e1", id + "-e2"));
    c.put("document_count", publishers + 1);
    c.put("publisher_count", publishers);
    c.put("countries", countries);
    return c;
  }

  /** Indexes the records under their {@code id} into the alias, failing on any refused item. */
  public static void load(
      ElasticsearchClient client, CasewatchIndex index, List<Map<String, Object>> docs)
      throws IOException {
    for (int start = 0; start < docs.size(); start += 1000) {
      List<Map<String, Object>> batch = docs.subList(start, Math.min(docs.size(), start + 1000));
      BulkResponse response =
          client.bulk(
              b -> {
                for (Map<String, Object> doc : batch) {
                  b.operations(
                      o ->
                          o.index(
                              i ->
                                  i.index(index.alias())
                                      .id(doc.get("id").toString())
                                      .document(doc)));
                }
                return b;
              });
      if (response.errors()) {
        throw new IllegalStateException(
            "fixture refused: "
                + response.items().stream()
                    .filter(i -> i.error() != null)
                    .findFirst()
                    .map(i -> i.error().reason())
                    .orElse("?"));
      }
    }
  }
}
