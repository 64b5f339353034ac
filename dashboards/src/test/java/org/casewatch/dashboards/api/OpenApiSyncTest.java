package org.casewatch.dashboards.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Keeps {@code openapi.yaml} and the route table in step: same routes, same query parameters. */
class OpenApiSyncTest {

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws IOException {
    Set<String> routes = new TreeSet<>();
    routes.add(ApiServer.OPENAPI_PATH);
    for (ApiRoutes.Route route : new ApiRoutes(null, null, null, null, null).all()) {
      routes.add(route.path());
    }
    assertThat(new TreeSet<>(documentedPaths())).isEqualTo(routes);
  }

  @Test
  void everyRouteDocumentsExactlyTheParametersItAccepts() throws IOException {
    JsonNode doc = openapi();
    Map<String, Set<String>> documented = new TreeMap<>();
    Map<String, Set<String>> accepted = new TreeMap<>();
    for (ApiRoutes.Route route : new ApiRoutes(null, null, null, null, null).all()) {
      accepted.put(route.path(), new TreeSet<>(route.params()));
      Set<String> names = new TreeSet<>();
      for (JsonNode p : doc.path("paths").path(route.path()).path("get").path("parameters")) {
        JsonNode resolved = p.has("$ref") ? resolve(doc, p.path("$ref").asText()) : p;
        if ("query".equals(resolved.path("in").asText())) {
          names.add(resolved.path("name").asText());
        }
      }
      documented.put(route.path(), names);
    }
    assertThat(documented).isEqualTo(accepted);
  }

  static List<String> documentedPaths() throws IOException {
    List<String> paths = new ArrayList<>();
    Iterator<String> names = openapi().path("paths").fieldNames();
    names.forEachRemaining(paths::add);
    return paths;
  }

  private static JsonNode resolve(JsonNode doc, String ref) {
    JsonNode node = doc;
    for (String part : ref.substring(2).split("/")) {
      node = node.path(part);
    }
    return node;
  }

  private static JsonNode openapi() throws IOException {
    try (InputStream in = ApiServer.class.getResourceAsStream(ApiServer.OPENAPI_RESOURCE)) {
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    }
  }
}
