package org.casewatch.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.model.DeadLetter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ElasticsearchExtension.class)
class IndexSetupITCase {

  private ElasticsearchClient client;

  @BeforeEach
  void deleteIndices(ElasticsearchClient client) throws IOException {
    this.client = client;
    for (CasewatchIndex index : CasewatchIndex.values()) {
      if (client.indices().exists(e -> e.index(index.concreteIndex())).value()) {
        client.indices().delete(d -> d.index(index.concreteIndex()));
      }
    }
  }

  @Test
  void createsVersionedIndicesBehindWriteAliasesAndIsIdempotent() throws IOException {
    List<String> first = new IndexSetup(client).ensureAll();
    List<String> second = new IndexSetup(client).ensureAll();

    List<String> expected = new java.util.ArrayList<>();
    for (CasewatchIndex index : CasewatchIndex.values()) {
      expected.add("created index " + index.concreteIndex() + " behind alias " + index.alias());
    }
    assertThat(first).containsExactlyElementsOf(expected);
    assertThat(second).isEmpty();
    for (CasewatchIndex index : CasewatchIndex.values()) {
      GetAliasResponse aliases = client.indices().getAlias(a -> a.name(index.alias()));
      IndexAliases concrete = aliases.result().get(index.concreteIndex());
      assertThat(concrete).isNotNull();
      assertThat(concrete.aliases().get(index.alias()).isWriteIndex()).isTrue();
    }
  }

  @Test
  void addsBackALostAlias() throws IOException {
    new IndexSetup(client).ensureAll();
    client
        .indices()
        .deleteAlias(d -> d.index("casewatch-documents-v1").name("casewatch-documents"));

    List<String> changes = new IndexSetup(client).ensure(CasewatchIndex.DOCUMENTS);

    assertThat(changes)
        .containsExactly("added alias casewatch-documents to casewatch-documents-v1");
    assertThat(client.indices().existsAlias(e -> e.name("casewatch-documents")).value()).isTrue();
  }

  @Test
  void addsFieldsOfTheCurrentMappingToAnIndexCreatedWithAnOlderOne() throws IOException {
    // documents-v1 as first released, before provenance, counts and revisions were added
    try (java.io.InputStream initial =
        IndexSetupITCase.class.getResourceAsStream("documents-v1-initial.json")) {
      client
          .indices()
          .create(
              c ->
                  c.index(CasewatchIndex.DOCUMENTS.concreteIndex())
                      .withJson(initial)
                      .aliases(CasewatchIndex.DOCUMENTS.alias(), a -> a.isWriteIndex(true)));
    }
    client.index(
        i ->
            i.index(CasewatchIndex.DOCUMENTS.alias())
                .id("old")
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
                .document(
                    Map.of(
                        "id",
                        "old",
                        "title",
                        "written before the upgrade",
                        "entities",
                        List.of(
                            Map.of("text", "Roe", "type", "PERSON", "canonical_name", "Jane Roe"),
                            Map.of(
                                "text", "Jane Roe", "type", "PERSON", "canonical_name", "Jane Roe"),
                            Map.of(
                                "text",
                                "Acme",
                                "type",
                                "ORGANIZATION",
                                "canonical_name",
                                "Acme Studios")))));

    List<String> changes = new IndexSetup(client).ensure(CasewatchIndex.DOCUMENTS);
    List<String> again = new IndexSetup(client).ensure(CasewatchIndex.DOCUMENTS);

    assertThat(changes).hasSize(2);
    assertThat(changes.get(0))
        .startsWith("added fields [")
        .contains("publisher", "syndication_group", "revisions", "claim_count", "entity_keys")
        .endsWith("to casewatch-documents-v1");
    assertThat(changes.get(1))
        .isEqualTo("filled entity_keys of 1 documents in casewatch-documents-v1");
    assertThat(again).isEmpty();
    assertThat(entityKeys("old"))
        .isEqualTo(List.of("PERSON|Jane Roe", "ORGANIZATION|Acme Studios"));
    Map<String, Object> source = DocumentSource.of(SampleDocuments.document(4));
    client.index(i -> i.index(CasewatchIndex.DOCUMENTS.alias()).id("new").document(source));
    Indices.refresh(client);
    assertThat(client.count(c -> c.index(CasewatchIndex.DOCUMENTS.alias())).count()).isEqualTo(2);
  }

  @Test
  void putsEagerGlobalOrdinalsOnAnIndexCreatedWithoutThem() throws IOException {
    // documents-v1 as it was before entity_keys and eager global ordinals were added
    com.fasterxml.jackson.databind.ObjectMapper json =
        org.casewatch.index.client.ElasticsearchClients.objectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode mapping;
    try (java.io.InputStream in = CasewatchIndex.DOCUMENTS.openMapping()) {
      mapping = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(in);
    }
    var properties =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            mapping.path("mappings").path("properties");
    properties.remove("entity_keys");
    ((com.fasterxml.jackson.databind.node.ObjectNode) properties.path("publisher"))
        .remove("eager_global_ordinals");
    byte[] before = json.writeValueAsBytes(mapping);
    client
        .indices()
        .create(
            c ->
                c.index(CasewatchIndex.DOCUMENTS.concreteIndex())
                    .withJson(new java.io.ByteArrayInputStream(before))
                    .aliases(CasewatchIndex.DOCUMENTS.alias(), a -> a.isWriteIndex(true)));

    List<String> changes = new IndexSetup(client).ensure(CasewatchIndex.DOCUMENTS);

    assertThat(changes)
        .containsExactly(
            "added fields [entity_keys] to casewatch-documents-v1",
            "filled entity_keys of 0 documents in casewatch-documents-v1");
    var publisher =
        client
            .indices()
            .getMapping(g -> g.index(CasewatchIndex.DOCUMENTS.concreteIndex()))
            .result()
            .get(CasewatchIndex.DOCUMENTS.concreteIndex())
            .mappings()
            .properties()
            .get("publisher")
            .keyword();
    assertThat(publisher.eagerGlobalOrdinals()).isTrue();
  }

  /** The stored entity keys of a document. */
  private Object entityKeys(String id) throws IOException {
    @SuppressWarnings("rawtypes")
    var got = client.get(g -> g.index(CasewatchIndex.DOCUMENTS.alias()).id(id), Map.class);
    return got.source() == null ? null : got.source().get("entity_keys");
  }

  @Test
  void strictMappingRejectsUnknownFields() throws IOException {
    new IndexSetup(client).ensureAll();
    Map<String, Object> source =
        new LinkedHashMap<>(DocumentSource.of(SampleDocuments.document(1)));
    source.put("surprise", "not in the mapping");

    assertThatThrownBy(
            () -> client.index(i -> i.index("casewatch-documents").id("x").document(source)))
        .isInstanceOfSatisfying(
            ElasticsearchException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.error().type()).isEqualTo("strict_dynamic_mapping_exception");
            });
  }

  @Test
  void immenseKeywordValueIsIgnoredNotRejected() throws IOException {
    new IndexSetup(client).ensureAll();
    Map<String, Object> source =
        new LinkedHashMap<>(DocumentSource.of(SampleDocuments.document(2)));
    String immense = "x".repeat(40_000);
    source.put(DocumentSource.SOURCE, immense);
    source.put(DocumentSource.CANONICAL_URL, "https://news.example/" + immense);

    String result =
        client
            .index(i -> i.index("casewatch-documents").id("immense").document(source))
            .result()
            .jsonValue();

    assertThat(result).isEqualTo("created");
  }

  @Test
  void everyDocumentFieldIsAcceptedAndSearchable() throws IOException {
    new IndexSetup(client).ensureAll();
    Map<String, Object> source = DocumentSource.of(SampleDocuments.document(3));
    client.index(i -> i.index("casewatch-documents").id("full").document(source));
    Map<String, Object> deadLetter =
        DeadLetterSource.of(
            new DeadLetter(
                "d", "https://x.example", "fetch", "HTTP_STATUS", "gone", 410, Instant.EPOCH),
            "{\"raw\":true}",
            10);
    client.index(i -> i.index("casewatch-dead-letters").id("dl").document(deadLetter));
    Indices.refresh(client);

    long byLemma =
        client
            .count(
                c ->
                    c.index("casewatch-documents")
                        .query(q -> q.match(m -> m.field("lemmas").query("investigator"))))
            .count();
    long byEntity = countEntityPair("PERSON", "Jane Roe");
    long byWrongPair = countEntityPair("ORGANIZATION", "Jane Roe");
    long deadLetters =
        client
            .count(
                c ->
                    c.index("casewatch-dead-letters")
                        .query(q -> q.term(t -> t.field("stage").value("fetch"))))
            .count();

    assertThat(byLemma).isEqualTo(1);
    assertThat(byEntity).isEqualTo(1);
    assertThat(byWrongPair).isZero();
    assertThat(deadLetters).isEqualTo(1);
  }

  @Test
  void claimsAndEventsAreAcceptedAndFoundByTheirDocumentAndParties() throws IOException {
    new IndexSetup(client).ensureAll();
    org.casewatch.model.AnnotatedDocument doc = SampleClaims.document(true);
    org.casewatch.model.ClaimRecord claim =
        org.casewatch.model.ClaimRecord.of(doc).get(0).withCaseId("case-1");
    org.casewatch.model.EventRecord event = org.casewatch.model.EventRecord.of(doc).get(0);
    client.index(
        i -> i.index(CasewatchIndex.CLAIMS.alias()).id(claim.id()).document(ClaimSource.of(claim)));
    client.index(
        i -> i.index(CasewatchIndex.EVENTS.alias()).id(event.id()).document(EventSource.of(event)));
    Map<String, Object> bare =
        ClaimSource.of(org.casewatch.model.ClaimRecord.of(SampleClaims.document(false)).get(0));
    client.index(i -> i.index(CasewatchIndex.CLAIMS.alias()).id("bare").document(bare));
    Indices.refresh(client);

    long byDocument =
        client
            .count(
                c ->
                    c.index(CasewatchIndex.CLAIMS.alias())
                        .query(q -> q.term(t -> t.field("document_id").value(doc.id()))))
            .count();
    long byAccused =
        client
            .count(
                c ->
                    c.index(CasewatchIndex.CLAIMS.alias())
                        .query(
                            q ->
                                q.term(
                                    t -> t.field("accused.canonical").value("graham vellacott"))))
            .count();
    long byQuote =
        client
            .count(
                c ->
                    c.index(CasewatchIndex.CLAIMS.alias())
                        .query(q -> q.match(m -> m.field("evidence.text").query("harassment"))))
            .count();
    long incidentsFrom2021 =
        client
            .count(
                c ->
                    c.index(CasewatchIndex.CLAIMS.alias())
                        .query(
                            q ->
                                q.range(
                                    r ->
                                        r.date(
                                            d ->
                                                d.field("incident_from")
                                                    .gte("2021-01-01")
                                                    .lt("2022-01-01")))))
            .count();
    long lawsuitsByParty =
        client
            .count(
                c ->
                    c.index(CasewatchIndex.EVENTS.alias())
                        .query(
                            q ->
                                q.bool(
                                    b ->
                                        b.filter(
                                                f ->
                                                    f.term(
                                                        t ->
                                                            t.field("type").value("civil_lawsuit")))
                                            .filter(
                                                f ->
                                                    f.nested(
                                                        n ->
                                                            n.path("parties")
                                                                .query(
                                                                    m ->
                                                                        m.term(
                                                                            t ->
                                                                                t.field(
                                                                                        "parties.role")
                                                                                    .value(
                                                                                        "defendant"))))))))
            .count();

    assertThat(byDocument).isEqualTo(2);
    assertThat(byAccused).isEqualTo(2);
    assertThat(byQuote).isEqualTo(2);
    assertThat(incidentsFrom2021).isEqualTo(1);
    assertThat(lawsuitsByParty).isEqualTo(1);
  }

  /** Documents with one entity that has both this type and this canonical name. */
  private long countEntityPair(String type, String name) throws IOException {
    Query pair =
        Query.of(
            q ->
                q.bool(
                    b ->
                        b.filter(f -> f.term(t -> t.field("entities.type").value(type)))
                            .filter(
                                f ->
                                    f.term(
                                        t ->
                                            t.field("entities.canonical_name.keyword")
                                                .value(name)))));
    return client
        .count(
            c ->
                c.index("casewatch-documents")
                    .query(q -> q.nested(n -> n.path("entities").query(pair))))
        .count();
  }
}
