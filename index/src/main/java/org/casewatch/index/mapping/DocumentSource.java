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
    if (annotations.sentiment() != null) {
      source.put(SENTIMENT, sentiment(annotations.sentiment()));
    }
    source.put(SENTENCES, sentences(annotations.sentences()));
    source.put(LEMMAS, String.join(" ", annotations.lemmas()));
    source.put(NLP_PARTIAL, annotations.partial());
    return source;
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
