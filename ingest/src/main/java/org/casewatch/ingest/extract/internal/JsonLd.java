package org.casewatch.ingest.extract.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org JSON-LD objects of a page ({@code <script type="application/ld+json">}), flattened
 * through arrays and {@code @graph}, with the first article-typed object singled out. Malformed
 * scripts are skipped. Parsing is lenient about what pages get wrong (control characters in
 * strings, trailing commas) and bounded (nesting depth, string and number lengths).
 */
final class JsonLd {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxStringLength(5_000_000)
                          .maxNumberLength(64)
                          .build())
                  .build())
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "report",
          "scholarlyarticle",
          "techarticle",
          "liveblogposting",
          "socialmediaposting",
          "advertisercontentarticle",
          "satiricalarticle",
          "medicalscholarlyarticle",
          "review");

  private final List<JsonNode> objects;
  private final JsonNode article;

  private JsonLd(List<JsonNode> objects, JsonNode article) {
    this.objects = objects;
    this.article = article;
  }

  /** The JSON-LD of a page. */
  static JsonLd of(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        flatten(MAPPER.readTree(script.data().strip()), objects, 0);
      } catch (JsonProcessingException e) {
        // a malformed block says nothing; the others still count
      }
    }
    JsonNode article = null;
    for (JsonNode o : objects) {
      if (isArticle(o)) {
        article = o;
        break;
      }
    }
    return new JsonLd(objects, article);
  }

  /** Whether an article-typed object is present. */
  boolean hasArticle() {
    return article != null;
  }

  /** A text field of the article object, else of the first object that has it; or null. */
  String text(String field) {
    if (article != null) {
      String value = text(article.get(field));
      if (value != null) {
        return value;
      }
    }
    for (JsonNode o : objects) {
      String value = text(o.get(field));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** A field of the article object only, or null. */
  JsonNode articleField(String field) {
    return article == null ? null : article.get(field);
  }

  /** The names in a person-or-organisation field of the article object (author), joined. */
  String names(String field) {
    JsonNode node = articleField(field);
    if (node == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode item : node.isArray() ? node : List.of(node)) {
      String name = item.isTextual() ? item.asText() : text(item.get("name"));
      if (name != null && !name.isBlank() && !names.contains(name.strip())) {
        names.add(name.strip());
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** The publisher's name, or null. */
  String publisherName() {
    JsonNode publisher = articleField("publisher");
    if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
      publisher = publisher.get(0);
    }
    return publisher == null ? null : text(publisher.get("name"));
  }

  /** Whether the article object says it is not free to read. */
  boolean notFree() {
    if (isFalse(articleField("isAccessibleForFree"))) {
      return true;
    }
    JsonNode parts = articleField("hasPart");
    if (parts != null) {
      for (JsonNode part : parts.isArray() ? parts : List.of(parts)) {
        if (isFalse(part.get("isAccessibleForFree"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isFalse(JsonNode node) {
    return node != null
        && (node.isBoolean() && !node.asBoolean()
            || node.isTextual() && node.asText().strip().equalsIgnoreCase("false"));
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    if (node.isObject()) {
      return text(node.get("@value"));
    }
    String value = node.asText().strip();
    return value.isEmpty() ? null : value;
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        flatten(item, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        flatten(main, out, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode o) {
    JsonNode type = o.get("@type");
    if (type == null) {
      return false;
    }
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      String name = t.asText();
      int slash = name.lastIndexOf('/');
      if (ARTICLE_TYPES.contains(name.substring(slash + 1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
