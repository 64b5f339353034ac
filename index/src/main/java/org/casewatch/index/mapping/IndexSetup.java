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
 * alias is added back as the write alias of the current concrete index. Call it before the first
 * write, for example from the job client or the sink's writer.
 *
 * <pre>{@code
 * List<String> created = new IndexSetup(client).ensureAll();
 * }</pre>
 *
 * <p>Not thread-safe per instance; cheap to create.
 */
public final class IndexSetup {

  private static final String ALREADY_EXISTS = "resource_already_exists_exception";

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
    changes.addAll(addNewFields(index));
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
