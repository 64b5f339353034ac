package org.casewatch.pipeline.status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casewatch.index.mapping.CasewatchIndex;

/**
 * Reads and writes source statuses in the {@code casewatch-sources} index through a client the
 * caller owns. Writes are whole-document {@code index} operations under {@link
 * SourceStatusDocument#id(String)}. Thread-safe when the client is.
 */
public final class SourceStatusStore {

  /** The most sources {@link #all()} returns: **10,000**. */
  public static final int MAX_SOURCES = 10_000;

  private final ElasticsearchClient client;

  /** A store over {@code client}. */
  public SourceStatusStore(ElasticsearchClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** The stored status of a source, if there is one. */
  public Optional<SourceStatus> get(String sourceId) throws IOException {
    GetResponse<JsonNode> response =
        client.get(
            g -> g.index(CasewatchIndex.SOURCES.alias()).id(SourceStatusDocument.id(sourceId)),
            JsonNode.class);
    if (!response.found() || response.source() == null) {
      return Optional.empty();
    }
    return Optional.of(SourceStatusDocument.from(response.source()));
  }

  /** Writes the whole status document of a source, stamped {@code now}. */
  public void put(SourceStatus status, Instant now) throws IOException {
    client.index(
        i ->
            i.index(CasewatchIndex.SOURCES.alias())
                .id(SourceStatusDocument.id(status.sourceId()))
                .document(SourceStatusDocument.of(status, now))
                .refresh(Refresh.False));
  }

  /** Every stored status, sorted by kind then source id. */
  public List<SourceStatus> all() throws IOException {
    SearchResponse<JsonNode> response =
        client.search(
            s ->
                s.index(CasewatchIndex.SOURCES.alias())
                    .size(MAX_SOURCES)
                    .query(q -> q.matchAll(m -> m))
                    .ignoreUnavailable(true),
            JsonNode.class);
    List<SourceStatus> statuses = new ArrayList<>();
    for (Hit<JsonNode> hit : response.hits().hits()) {
      if (hit.source() != null) {
        statuses.add(SourceStatusDocument.from(hit.source()));
      }
    }
    statuses.sort(Comparator.comparing(SourceStatus::kind).thenComparing(SourceStatus::sourceId));
    return statuses;
  }
}
