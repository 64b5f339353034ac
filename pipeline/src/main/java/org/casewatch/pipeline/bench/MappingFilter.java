package org.casewatch.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps only the fields of a generated record that an index mapping declares.
 *
 * <p>The mappings are {@code dynamic: strict} and still growing while the generator is written
 * against the full contract; pruning to the mapping actually on the classpath keeps every generated
 * record indexable, and {@link #dropped} says which generated fields the mapping lacks, so the
 * report can name them. Objects and nested fields are pruned recursively; an object with {@code
 * enabled: false} is kept whole. Immutable and serializable.
 */
final class MappingFilter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Per field, the filter of its sub-fields, or null for a leaf kept as it is. */
  private final HashMap<String, MappingFilter> fields;

  private MappingFilter(HashMap<String, MappingFilter> fields) {
    this.fields = fields;
  }

  /** The filter of a mapping's {@code properties} object. */
  static MappingFilter of(JsonNode properties) {
    HashMap<String, MappingFilter> fields = new HashMap<>();
    properties
        .fields()
        .forEachRemaining(
            field -> {
              JsonNode sub = field.getValue().get("properties");
              boolean disabled = !field.getValue().path("enabled").asBoolean(true);
              fields.put(field.getKey(), sub == null || disabled ? null : of(sub));
            });
    return new MappingFilter(fields);
  }

  /** A copy of the record with only the mapped fields. */
  Map<String, Object> apply(Map<String, Object> record) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : record.entrySet()) {
      if (!fields.containsKey(entry.getKey())) {
        continue;
      }
      MappingFilter sub = fields.get(entry.getKey());
      kept.put(entry.getKey(), sub == null ? entry.getValue() : sub.applyValue(entry.getValue()));
    }
    return kept;
  }

  @SuppressWarnings("unchecked")
  private Object applyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return apply((Map<String, Object>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(applyValue(item));
      }
      return out;
    }
    return value;
  }

  /** The dotted names of the record's fields that the mapping lacks, sorted. */
  Set<String> dropped(Map<String, Object> record) {
    Set<String> dropped = new TreeSet<>();
    collect("", record, dropped);
    return dropped;
  }

  @SuppressWarnings("unchecked")
  private void collect(String prefix, Map<String, Object> record, Set<String> dropped) {
    for (Map.Entry<String, Object> entry : record.entrySet()) {
      String name = prefix + entry.getKey();
      if (!fields.containsKey(entry.getKey())) {
        dropped.add(name);
        continue;
      }
      MappingFilter sub = fields.get(entry.getKey());
      Object value = entry.getValue();
      if (sub != null && value instanceof List<?> list && !list.isEmpty()) {
        value = list.get(0);
      }
      if (sub != null && value instanceof Map<?, ?> map) {
        sub.collect(name + ".", (Map<String, Object>) map, dropped);
      }
    }
  }
}
