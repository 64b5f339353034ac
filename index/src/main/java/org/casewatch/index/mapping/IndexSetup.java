package org.casewatch.index.mapping;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes sure the casewatch indices and their aliases exist, creating what is missing.
 *
 * <p>Safe to call on every start and from several tasks at once: an index that already exists keeps
 * its data and gets only the fields added to its mapping version since it was created (never a
 * changed field: that takes a new version), a lost creation race is not an error, and a missing
 * alias is added back as the write alias of the current concrete index. When a field derived from
 * stored values is added ({@code entity_keys}), the existing documents get it filled once. Call it
 * before the first write, for example from the job client or the sink's writer.
 *
 * <pre>{@code
 * List<String> created = new IndexSetup(client).ensureAll();
 * }</pre>
 *
 * <p>Not thread-safe per instance; cheap to create.
 */
public final class IndexSetup {

  private static final String ALREADY_EXISTS = "resource_already_exists_exception";

  /** Documents read per page when filling a new field of old documents: **500**. */
  private static final int BACKFILL_PAGE = 500;

  private final ElasticsearchClient client;

  /** A setup that works through the given client; the caller keeps ownership of the client. */
  public IndexSetup(ElasticsearchClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Ensures every {@link CasewatchIndex} exists with its alias.
   *
   * @return what was changed, one line per created index or added alias; empty when all existed
   * @throws IOException when Elasticsearch cannot be reached or refuses the request
   */
  public List<String> ensureAll() throws IOException {
    List<String> changes = new ArrayList<>();
    for (CasewatchIndex index : CasewatchIndex.values()) {
      changes.addAll(ensure(index));
    }
    return List.copyOf(changes);
  }

  /**
   * Ensures one index exists with its alias pointing at it as the write index.
   *
   * @return what was changed; empty when nothing needed doing
   * @throws IOException when Elasticsearch cannot be reached or refuses the request
   */
  public List<String> ensure(CasewatchIndex index) throws IOException {
    String concrete = index.concreteIndex();
    List<String> changes = new ArrayList<>();
    if (!client.indices().exists(e -> e.index(concrete)).value()) {
      if (create(index)) {
        changes.add("created index " + concrete + " behind alias " + index.alias());
        return changes;
      }
    }
    List<String> added = addNewFields(index);
    changes.addAll(added);
    if (index == CasewatchIndex.DOCUMENTS
        && added.stream().anyMatch(line -> line.contains(DocumentSource.ENTITY_KEYS))) {
      changes.add(backfillEntityKeys(concrete));
    }
    boolean aliased =
        client.indices().existsAlias(e -> e.index(concrete).name(index.alias())).value();
    if (!aliased) {
      client
          .indices()
          .updateAliases(
              u ->
                  u.actions(
                      a ->
                          a.add(
                              add -> add.index(concrete).alias(index.alias()).isWriteIndex(true))));
      changes.add("added alias " + index.alias() + " to " + concrete);
    }
    return changes;
  }

  /**
   * Puts the current mapping onto an existing index, so that fields added to the mapping resource
   * since the index was created (an additive change of the same version, see ADR 0008) become known
   * to it. Elasticsearch accepts new fields on a strict mapping and rejects any change to an
   * existing field's type with a 400: such a change needs a new version instead.
   *
   * @return one line naming the added top-level fields, or nothing when none were missing
   */
  private List<String> addNewFields(CasewatchIndex index) throws IOException {
    String concrete = index.concreteIndex();
    Set<String> before = topLevelFields(concrete);
    try (InputStream mappings = index.openMappings()) {
      client.indices().putMapping(p -> p.index(concrete).withJson(mappings));
    }
    Set<String> added = new TreeSet<>(topLevelFields(concrete));
    added.removeAll(before);
    return added.isEmpty() ? List.of() : List.of("added fields " + added + " to " + concrete);
  }

  /**
   * Fills {@link DocumentSource#ENTITY_KEYS} of the documents written before the field existed,
   * from their {@code entities}, as {@link DocumentSource#entityKeys} would, so that top-entity
   * counts see old documents too. Reads one point in time page by page and updates each document
   * only if it is unchanged since it was read ({@code if_seq_no}): a document rewritten meanwhile
   * carries the field already. Runs once, when the field is added; documents without entities need
   * nothing.
   *
   * @return the change line, with the number of documents filled
   */
  private String backfillEntityKeys(String concrete) throws IOException {
    String pit = client.openPointInTime(o -> o.index(concrete).keepAlive(k -> k.time("2m"))).id();
    long filled = 0;
    try {
      List<co.elastic.clients.elasticsearch._types.FieldValue> after = null;
      while (true) {
        String pitId = pit;
        List<co.elastic.clients.elasticsearch._types.FieldValue> from = after;
        @SuppressWarnings("rawtypes")
        co.elastic.clients.elasticsearch.core.SearchResponse<java.util.Map> page =
            client.search(
                r -> {
                  r.pit(p -> p.id(pitId).keepAlive(k -> k.time("2m")))
                      .size(BACKFILL_PAGE)
                      .seqNoPrimaryTerm(true)
                      .trackTotalHits(t -> t.enabled(false))
                      .source(src -> src.filter(f -> f.includes(DocumentSource.ENTITIES)))
                      .query(
                          q ->
                              q.bool(
                                  b ->
                                      b.filter(f -> f.exists(e -> e.field(DocumentSource.ENTITIES)))
                                          .mustNot(
                                              m ->
                                                  m.exists(
                                                      e -> e.field(DocumentSource.ENTITY_KEYS)))))
                      .sort(o -> o.field(f -> f.field("_shard_doc")));
                  if (from != null) {
                    r.searchAfter(from);
                  }
                  return r;
                },
                java.util.Map.class);
        if (page.pitId() != null) {
          pit = page.pitId();
        }
        var hits = page.hits().hits();
        List<co.elastic.clients.elasticsearch.core.bulk.BulkOperation> updates = new ArrayList<>();
        for (var hit : hits) {
          List<String> keys = keysOf(hit.source() == null ? null : hit.source().get("entities"));
          if (!keys.isEmpty()) {
            updates.add(
                co.elastic.clients.elasticsearch.core.bulk.BulkOperation.of(
                    op ->
                        op.update(
                            u ->
                                u.index(concrete)
                                    .id(hit.id())
                                    .ifSeqNo(hit.seqNo())
                                    .ifPrimaryTerm(hit.primaryTerm())
                                    .action(
                                        x ->
                                            x.doc(
                                                java.util.Map.of(
                                                    DocumentSource.ENTITY_KEYS, keys))))));
          }
        }
        if (!updates.isEmpty()) {
          var response = client.bulk(bulk -> bulk.operations(updates));
          filled += response.items().stream().filter(i -> i.error() == null).count();
        }
        if (hits.size() < BACKFILL_PAGE) {
          break;
        }
        after = hits.get(hits.size() - 1).sort();
      }
    } finally {
      String pitId = pit;
      client.closePointInTime(c -> c.id(pitId));
    }
    return "filled " + DocumentSource.ENTITY_KEYS + " of " + filled + " documents in " + concrete;
  }

  /** The entity keys of a stored {@code entities} list, as {@link DocumentSource} writes them. */
  static List<String> keysOf(Object entities) {
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    if (entities instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof java.util.Map<?, ?> entity
            && entity.get("type") != null
            && entity.get("canonical_name") != null) {
          keys.add(
              DocumentSource.entityKey(
                  entity.get("type").toString(), entity.get("canonical_name").toString()));
        }
      }
    }
    return new ArrayList<>(keys);
  }

  private Set<String> topLevelFields(String concrete) throws IOException {
    var mapping = client.indices().getMapping(g -> g.index(concrete)).result().get(concrete);
    return mapping == null ? Set.of() : Set.copyOf(mapping.mappings().properties().keySet());
  }

  /** Creates the index with its alias; false when another caller created it first. */
  private boolean create(CasewatchIndex index) throws IOException {
    try (InputStream mapping = index.openMapping()) {
      client
          .indices()
          .create(
              c ->
                  c.index(index.concreteIndex())
                      .withJson(mapping)
                      .aliases(index.alias(), a -> a.isWriteIndex(true)));
      return true;
    } catch (ElasticsearchException e) {
      if (e.error() != null && ALREADY_EXISTS.equals(e.error().type())) {
        return false;
      }
      throw e;
    }
  }
}
