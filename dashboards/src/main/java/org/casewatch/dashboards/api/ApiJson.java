package org.casewatch.dashboards.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casewatch.index.client.ElasticsearchClients;

/**
 * Writes API responses as JSON: snake_case names, ISO-8601 times, UTF-8, {@code nosniff}.
 *
 * <p>Strings are JSON-escaped once and never HTML-escaped here: highlights arrive HTML-encoded from
 * Elasticsearch and are passed on as they are; every other crawled string is plain text that a
 * client must escape for its own context.
 */
final class ApiJson {

  static final String CONTENT_TYPE = "application/json; charset=utf-8";

  /** Request attribute set once an error body was written, so error mappers leave it alone. */
  static final String ERROR_WRITTEN = "casewatch.error-written";

  private final ObjectMapper mapper;

  ApiJson() {
    this.mapper =
        ElasticsearchClients.objectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  ObjectMapper mapper() {
    return mapper;
  }

  void send(Context ctx, Object body) throws IOException {
    ctx.contentType(CONTENT_TYPE).result(mapper.writeValueAsBytes(body));
  }

  /** An error body: {@code {"error": code, "message": ..., "parameter": ...}}. */
  void error(Context ctx, int status, String code, String message, String parameter) {
    ctx.attribute(ERROR_WRITTEN, Boolean.TRUE);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    try {
      ctx.status(status).contentType(CONTENT_TYPE).result(mapper.writeValueAsBytes(body));
    } catch (IOException e) {
      ctx.status(status).contentType(CONTENT_TYPE).result("{\"error\":\"" + code + "\"}");
    }
  }
}
