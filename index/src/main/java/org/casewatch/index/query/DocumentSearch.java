package org.casewatch.index.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.DeadLetterSource;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.EntityType;

/**
 * Searches and summarises the casewatch indices.
 *
 * <p>Search text goes through {@code simple_query_string} over a fixed list of fields ({@code
 * title^2, body, lemmas, entities.text}): its syntax cannot name other fields, run scripts or fail
 * on bad input, unlike {@code query_string}. Sizes and text length are capped, and every search
 * carries a server-side timeout of **5 seconds**. Results are plain records of this package.
 *
 * <pre>{@code
 * DocumentSearch search = new DocumentSearch(client);
 * SearchResult result = search.search("harassment lawsuit", 10);
 * }</pre>
 *
 * <p>Thread-safe if the client is (the Elasticsearch client is); the caller owns the client.
 */
public final class DocumentSearch {

  /** The most hits or entries one call returns: **100**. */
  public static final int MAX_SIZE = 100;

  /** The longest search text accepted: **512 characters**. */
  public static final int MAX_QUERY_CHARS = 512;

  /** The fields search text is matched against, with their boosts. */
  public static final List<String> SEARCH_FIELDS =
      List.of("title^2", "body", "lemmas", "entities.text");

  private static final String TIMEOUT = "5s";
  private static final List<String> HIT_FIELDS =
      List.of(
          DocumentSource.ID,
          DocumentSource.TITLE,
          DocumentSource.URL,
          DocumentSource.CANONICAL_URL,
          DocumentSource.SOURCE,
          DocumentSource.PUBLISHED_AT,
          DocumentSource.ENTITIES,
          DocumentSource.SENTIMENT);

  private final ElasticsearchClient client;

  /** Queries through the given client. */
  public DocumentSearch(ElasticsearchClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * The documents that match the text, best first.
   *
   * @param text words, quoted phrases, {@code -exclusions}; at most {@link #MAX_QUERY_CHARS}
   * @param size how many hits to return, 1 to {@link #MAX_SIZE}
   * @throws IllegalArgumentException when the text is blank or too long, or the size out of range
   */
  public SearchResult search(String text, int size) throws IOException {
    return search(text, size, false);
  }

  /**
   * The documents that match the text, best first, counting every match when {@code exactTotal}
   * (else up to {@link SearchQuery#TOTAL_CAP}, which is faster for common words).
   *
   * @throws IllegalArgumentException when the text is blank or too long, or the size out of range
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public SearchResult search(String text, int size, boolean exactTotal) throws IOException {
    if (text == null || text.isBlank() || text.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException(
          "search text must be 1 to " + MAX_QUERY_CHARS + " characters and not blank");
    }
    checkSize(size);
    SearchResponse<Map> response =
        client.search(
            s ->
                s.index(CasewatchIndex.DOCUMENTS.alias())
                    .size(size)
                    .timeout(TIMEOUT)
                    .trackTotalHits(
                        t -> exactTotal ? t.enabled(true) : t.count(SearchQuery.TOTAL_CAP))
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                    .query(
                        q ->
                            q.simpleQueryString(
                                sq ->
                                    sq.query(text)
                                        .fields(SEARCH_FIELDS)
                                        .defaultOperator(Operator.And))),
            Map.class);
    List<DocumentHit> hits = new ArrayList<>();
    for (Hit<Map> hit : response.hits().hits()) {
      double score = hit.score() == null ? 0.0 : hit.score();
      hits.add(HitReader.read((Map<String, Object>) hit.source(), score));
    }
    var total = response.hits().total();
    return total == null
        ? new SearchResult(hits.size(), hits)
        : new SearchResult(
            total.value(),
            hits,
            total.relation() != co.elastic.clients.elasticsearch.core.search.TotalHitsRelation.Gte);
  }

  /** The number of documents in the index. */
  public long count() throws IOException {
    return client.count(c -> c.index(CasewatchIndex.DOCUMENTS.alias())).count();
  }

  /** The number of dead letters in the dead-letter index. */
  public long deadLetterCount() throws IOException {
    return client.count(c -> c.index(CasewatchIndex.DEAD_LETTERS.alias())).count();
  }

  /**
   * The entities mentioned by the most documents, per entity type, without complainants who are not
   * public figures.
   *
   * <p>How: the same pass as the trends' top entities ({@link Trends#topEntities}): one {@code
   * terms} aggregation over the flat keyword {@code entity_keys} ({@code TYPE|canonical name}, one
   * per distinct entity of a document, so counts are documents), split by type, with every accuser
   * who is not a public figure (from the claims) and every non-accused case party who is not one
   * (from the cases) left out; no nested aggregation.
   *
   * @param n how many entities per type, 1 to {@link #MAX_SIZE}
   * @return for each type that occurs, its entities by document count, highest first (ties by
   *     name); types without entities are absent
   */
  public Map<EntityType, List<EntityCount>> topEntities(int n) throws IOException {
    checkSize(n);
    Trends trends = new Trends(client);
    Map<EntityType, List<EntityCount>> result = new EnumMap<>(EntityType.class);
    trends
        .mentioned(n, Query.of(q -> q.matchAll(m -> m)), trends.protectedPeople())
        .forEach(
            (type, counts) ->
                result.put(
                    type,
                    counts.stream().map(c -> new EntityCount(c.key(), type, c.count())).toList()));
    return Collections.unmodifiableMap(result);
  }

  /**
   * The most recent dead letters, newest first, without the failed documents.
   *
   * @param n how many, 1 to {@link #MAX_SIZE}
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public List<DeadLetter> deadLetters(int n) throws IOException {
    checkSize(n);
    SearchResponse<Map> response =
        client.search(
            s ->
                s.index(CasewatchIndex.DEAD_LETTERS.alias())
                    .size(n)
                    .timeout(TIMEOUT)
                    .sort(
                        o ->
                            o.field(f -> f.field(DeadLetterSource.FAILED_AT).order(SortOrder.Desc)))
                    .source(src -> src.filter(f -> f.excludes(DeadLetterSource.DOCUMENT))),
            Map.class);
    List<DeadLetter> letters = new ArrayList<>();
    for (Hit<Map> hit : response.hits().hits()) {
      letters.add(DeadLetterSource.read((Map<String, Object>) hit.source()));
    }
    return List.copyOf(letters);
  }

  private static void checkSize(int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in [1, " + MAX_SIZE + "], was " + size);
    }
  }
}
