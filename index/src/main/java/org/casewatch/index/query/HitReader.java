package org.casewatch.index.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.model.EntityType;
import org.casewatch.model.Sentiment;

/** Reads a stored document source (as parsed JSON) back into a {@link DocumentHit}. */
final class HitReader {

  private HitReader() {}

  static DocumentHit read(Map<String, Object> source, double score) {
    return new DocumentHit(
        string(source.get(DocumentSource.ID)),
        string(source.get(DocumentSource.TITLE)),
        string(source.get(DocumentSource.URL)),
        string(source.get(DocumentSource.CANONICAL_URL)),
        string(source.get(DocumentSource.SOURCE)),
        instant(source.get(DocumentSource.PUBLISHED_AT)),
        entities(source.get(DocumentSource.ENTITIES)),
        sentiment(source.get(DocumentSource.SENTIMENT)),
        score);
  }

  private static List<EntityRef> entities(Object value) {
    Set<EntityRef> entities = new LinkedHashSet<>();
    if (value instanceof List<?> list) {
      for (Object element : list) {
        if (element instanceof Map<?, ?> entity) {
          EntityType type = type(entity.get("type"));
          Object name = entity.get("canonical_name");
          if (type != null && name != null) {
            entities.add(new EntityRef(name.toString(), type));
          }
        }
      }
    }
    return new ArrayList<>(entities);
  }

  private static EntityType type(Object value) {
    if (value == null) {
      return null;
    }
    for (EntityType type : EntityType.values()) {
      if (type.name().equals(value.toString())) {
        return type;
      }
    }
    return null;
  }

  private static Sentiment sentiment(Object value) {
    if (value instanceof Map<?, ?> map
        && map.get("label") instanceof String label
        && map.get("score") instanceof Number score) {
      return new Sentiment(label, score.doubleValue());
    }
    return null;
  }

  private static Instant instant(Object value) {
    return value == null ? null : Instant.parse(value.toString());
  }

  private static String string(Object value) {
    return value == null ? "" : value.toString();
  }
}
