package org.casewatch.index.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Article;
import org.casewatch.model.EntityMention;
import org.casewatch.model.Provenance;
import org.casewatch.model.Revision;
import org.casewatch.model.SentenceSentiment;
import org.casewatch.model.Sentiment;

/**
 * The JSON shape of an {@link AnnotatedDocument} in the {@link CasewatchIndex#DOCUMENTS} index.
 *
 * <p>Field names are snake_case and match {@code documents-v1.json}, which is {@code dynamic:
 * strict}: a field added here without a mapping change is rejected by Elasticsearch. Instants are
 * ISO-8601 strings; absent values (no publication date, no sentiment) are left out rather than
 * written as null. Entities are stored once per distinct (text, type, canonical name), in first
 * occurrence order; lemmas are one space-separated text so that they can be searched like prose.
 */
public final class DocumentSource {

  /** The document id field; equals the Elasticsearch {@code _id}. */
  public static final String ID = "id";

  /** The URL the article was fetched from. */
  public static final String URL = "url";

  /** The canonical URL the id derives from. */
  public static final String CANONICAL_URL = "canonical_url";

  /** The publisher or feed name. */
  public static final String SOURCE = "source";

  /** The headline. */
  public static final String TITLE = "title";

  /** The main text. */
  public static final String BODY = "body";

  /** Publication time, ISO-8601. */
  public static final String PUBLISHED_AT = "published_at";

  /** Download time, ISO-8601. */
  public static final String FETCHED_AT = "fetched_at";

  /** ISO 639-1 language code. */
  public static final String LANGUAGE = "language";

  /** Nested entity objects with {@code text}, {@code type} and {@code canonical_name}. */
  public static final String ENTITIES = "entities";

  /** Document sentiment object with {@code label} and {@code score}. */
  public static final String SENTIMENT = "sentiment";

  /** Per-sentence sentiment, stored but not indexed. */
  public static final String SENTENCES = "sentences";

  /** Space-separated lemmas, for lemma search. */
  public static final String LEMMAS = "lemmas";

  /** True when annotation was cut short. */
  public static final String NLP_PARTIAL = "nlp_partial";

  /** The independent-publisher unit: registrable domain or platform name. */
  public static final String PUBLISHER = "publisher";

  /** The platform: web, mastodon, bluesky, reddit, archive. */
  public static final String PLATFORM = "platform";

  /** The byline or author handle. */
  public static final String AUTHOR = "author";

  /** The exact hash of the normalised body. */
  public static final String BODY_HASH = "body_hash";

  /** The near-duplicate (syndication) group. */
  public static final String SYNDICATION_GROUP = "syndication_group";

  /** How many claims the document has. */
  public static final String CLAIM_COUNT = "claim_count";

  /** How many events the document has. */
  public static final String EVENT_COUNT = "event_count";

  /** The cases the document's claims and events belong to. */
  public static final String CASE_IDS = "case_ids";

  /** Nested revisions: at, kind, http_status, size_change, body_hash. */
  public static final String REVISIONS = "revisions";

  /** True when the last revisit found the page gone. */
  public static final String DELETED = "deleted";

  /**
   * True when the text may be mis-decoded (replacement characters, mojibake; reliability case 40):
   * the document is kept and can be found and reviewed. Written only when true.
   */
  public static final String ENCODING_SUSPECT = "encoding_suspect";

  /**
   * The distinct entities as flat keywords {@code TYPE|canonical name} (for example {@code
   * PERSON|Jane Doe}), so that top-entity counts are one {@code terms} aggregation without a nested
   * pass.
   */
  public static final String ENTITY_KEYS = "entity_keys";

  /** The separator between type and name in an {@link #ENTITY_KEYS} value. */
  public static final char ENTITY_KEY_SEPARATOR = '|';

  private DocumentSource() {}

  /** The index-ready JSON object of a document, as nested maps, lists, strings and numbers. */
  public static Map<String, Object> of(AnnotatedDocument document) {
    Article article = document.article();
    Annotations annotations = document.annotations();
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(ID, document.id());
    source.put(URL, article.url());
    source.put(CANONICAL_URL, article.canonicalUrl());
    source.put(SOURCE, article.source());
    source.put(TITLE, article.title());
    source.put(BODY, article.body());
    if (article.publishedAt() != null) {
      source.put(PUBLISHED_AT, article.publishedAt().toString());
    }
    source.put(FETCHED_AT, article.fetchedAt().toString());
    source.put(LANGUAGE, annotations.language());
    source.put(ENTITIES, entities(annotations.entities()));
    source.put(ENTITY_KEYS, entityKeys(annotations.entities()));
    if (annotations.sentiment() != null) {
      source.put(SENTIMENT, sentiment(annotations.sentiment()));
    }
    source.put(SENTENCES, sentences(annotations.sentences()));
    source.put(LEMMAS, String.join(" ", annotations.lemmas()));
    source.put(NLP_PARTIAL, annotations.partial());
    Provenance provenance = article.provenance();
    putIfPresent(source, PUBLISHER, provenance.publisher());
    putIfPresent(source, PLATFORM, provenance.platform());
    putIfPresent(source, AUTHOR, provenance.author());
    putIfPresent(source, BODY_HASH, provenance.bodyHash());
    putIfPresent(source, SYNDICATION_GROUP, provenance.syndicationGroup());
    source.put(CLAIM_COUNT, document.claimCount());
    source.put(EVENT_COUNT, document.eventCount());
    source.put(CASE_IDS, document.caseIds());
    source.put(REVISIONS, revisions(article.revisions()));
    source.put(DELETED, article.deleted());
    if (article.encodingSuspect()) {
      source.put(ENCODING_SUSPECT, true);
    }
    return source;
  }

  private static void putIfPresent(Map<String, Object> source, String field, String value) {
    if (value != null) {
      source.put(field, value);
    }
  }

  private static List<Map<String, Object>> revisions(List<Revision> revisions) {
    List<Map<String, Object>> list = new ArrayList<>(revisions.size());
    for (Revision revision : revisions) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("at", revision.at().toString());
      map.put("kind", revision.kind());
      map.put("http_status", revision.httpStatus());
      map.put("size_change", revision.sizeChange());
      putIfPresent(map, "body_hash", revision.bodyHash());
      list.add(map);
    }
    return list;
  }

  /** The distinct {@code TYPE|canonical name} keys of the mentions, in first occurrence order. */
  public static List<String> entityKeys(List<EntityMention> mentions) {
    Set<String> keys = new LinkedHashSet<>();
    for (EntityMention mention : mentions) {
      keys.add(entityKey(mention.type().name(), mention.canonicalName()));
    }
    return new ArrayList<>(keys);
  }

  /** The {@link #ENTITY_KEYS} value of an entity type and canonical name. */
  public static String entityKey(String type, String canonicalName) {
    return type + ENTITY_KEY_SEPARATOR + canonicalName;
  }

  private static List<Map<String, Object>> entities(List<EntityMention> mentions) {
    Set<List<String>> seen = new LinkedHashSet<>();
    for (EntityMention mention : mentions) {
      seen.add(List.of(mention.text(), mention.type().name(), mention.canonicalName()));
    }
    List<Map<String, Object>> entities = new ArrayList<>(seen.size());
    for (List<String> entity : seen) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("text", entity.get(0));
      map.put("type", entity.get(1));
      map.put("canonical_name", entity.get(2));
      entities.add(map);
    }
    return entities;
  }

  private static Map<String, Object> sentiment(Sentiment sentiment) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("label", sentiment.label());
    map.put("score", sentiment.score());
    return map;
  }

  private static List<Map<String, Object>> sentences(List<SentenceSentiment> sentences) {
    List<Map<String, Object>> list = new ArrayList<>(sentences.size());
    for (SentenceSentiment sentence : sentences) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("begin", sentence.begin());
      map.put("end", sentence.end());
      map.put("label", sentence.sentiment().label());
      map.put("score", sentence.sentiment().score());
      list.add(map);
    }
    return list;
  }
}
