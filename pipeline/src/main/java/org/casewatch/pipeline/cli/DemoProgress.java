package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.casewatch.index.mapping.CasewatchIndex;

/**
 * Counts what the running demo job has written so far, from Elasticsearch itself: documents fetched
 * since the run started and dead letters since then.
 */
final class DemoProgress {

  private final ElasticsearchClient client;
  private final Instant started;
  private final int feedItems;

  DemoProgress(ElasticsearchClient client, Instant started, int feedItems) {
    this.client = client;
    this.started = started;
    this.feedItems = feedItems;
  }

  /** One progress line, such as {@code [ 42 s] 12 of 27 feed items indexed, 1 dead letter}. */
  String line() {
    long seconds = Duration.between(started, Instant.now()).toSeconds();
    try {
      long documents = documents();
      long dead = deadLetters();
      return String.format(
          Locale.ROOT,
          "[%3d s] %d of %d feed items indexed, %d dead letter%s",
          seconds,
          documents,
          feedItems,
          dead,
          dead == 1 ? "" : "s");
    } catch (IOException | RuntimeException e) {
      return String.format(
          Locale.ROOT, "[%3d s] waiting for Elasticsearch (%s)", seconds, e.getMessage());
    }
  }

  /** Dead letters written since the run started. */
  long deadLetters() throws IOException {
    return count(CasewatchIndex.DEAD_LETTERS.alias(), since("failed_at"));
  }

  /** Documents written since the run started. */
  long documents() throws IOException {
    return documentsSince(null);
  }

  /** Documents of this run that have at least one entity. */
  long withEntities() throws IOException {
    return documentsSince(
        Query.of(
            q ->
                q.nested(
                    n -> n.path("entities").query(m -> m.exists(x -> x.field("entities.type"))))));
  }

  /** Documents of this run with a document sentiment. */
  long withSentiment() throws IOException {
    return documentsSince(Query.of(q -> q.exists(e -> e.field("sentiment.label"))));
  }

  /** Allegation claims in the index (each linked to its document). */
  long claims() throws IOException {
    return count(CasewatchIndex.CLAIMS.alias(), Query.of(q -> q.matchAll(m -> m)));
  }

  /** Case events in the index (each linked to its document). */
  long events() throws IOException {
    return count(CasewatchIndex.EVENTS.alias(), Query.of(q -> q.matchAll(m -> m)));
  }

  private long documentsSince(Query extra) throws IOException {
    Query since = since("fetched_at");
    Query query = extra == null ? since : Query.of(q -> q.bool(b -> b.filter(since).filter(extra)));
    return count(CasewatchIndex.DOCUMENTS.alias(), query);
  }

  private Query since(String field) {
    return Query.of(
        q -> q.range(r -> r.untyped(u -> u.field(field).gte(JsonData.of(started.toString())))));
  }

  private long count(String index, Query query) throws IOException {
    return client.count(c -> c.index(index).query(query).ignoreUnavailable(true)).count();
  }
}
