package org.casewatch.dashboards.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import org.casewatch.index.query.CaseQueries;
import org.casewatch.index.query.Exporter;
import org.casewatch.index.query.IndexNames;
import org.casewatch.index.query.InvalidParameterException;
import org.casewatch.index.query.NotFoundException;
import org.casewatch.index.query.Search;
import org.casewatch.index.query.Trends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API over the query service, on Javalin (Jetty 12).
 *
 * <p>Every route is in {@link ApiRoutes}; the contract is {@code openapi.yaml}, served at {@code
 * /openapi.yaml}. Errors are JSON: **400** naming the refused parameter, **401** without the API
 * token (when one is set), **404** for unknown case ids and unknown routes, **503** when
 * Elasticsearch cannot be reached and **500** otherwise, never with a stack trace (it goes to the
 * log).
 *
 * <pre>{@code
 * ApiServer server = ApiServer.start(client, IndexNames.DEFAULT, "127.0.0.1", 8377, null);
 * ...
 * server.close();
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {

  /** The default port: **8377**. */
  public static final int DEFAULT_PORT = 8377;

  static final String OPENAPI_PATH = "/openapi.yaml";
  static final String OPENAPI_RESOURCE = "openapi.yaml";

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final Javalin app;

  private ApiServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts the API.
   *
   * @param host the address to listen on (checked by {@link BindPolicy} by the caller)
   * @param port the port, or 0 for any free port
   * @param token the API token every request must carry, or null for none
   */
  public static ApiServer start(
      ElasticsearchClient client, IndexNames names, String host, int port, String token) {
    Objects.requireNonNull(client, "client");
    ApiJson json = new ApiJson();
    ApiRoutes routes =
        new ApiRoutes(
            new Search(client, names),
            new CaseQueries(client, names),
            new Trends(client, names),
            new Exporter(client, names),
            json);
    byte[] openapi = openapi();
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = host;
              config.jetty.port = port;
              config.routes.before(ctx -> headersAndToken(ctx, token, json));
              config.routes.get(
                  OPENAPI_PATH,
                  ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openapi));
              for (ApiRoutes.Route route : routes.all()) {
                config.routes.get(
                    route.path(),
                    ctx -> route.handler().handle(ctx, new ApiRequest(ctx, route.params())));
              }
              config.routes.exception(
                  InvalidParameterException.class,
                  (e, ctx) ->
                      json.error(ctx, 400, "invalid_parameter", e.getMessage(), e.parameter()));
              config.routes.exception(
                  NotFoundException.class,
                  (e, ctx) -> json.error(ctx, 404, "not_found", e.getMessage(), null));
              config.routes.exception(
                  IOException.class,
                  (e, ctx) -> {
                    LOG.warn("Elasticsearch unreachable for {}", ctx.path(), e);
                    json.error(ctx, 503, "unavailable", "the index cannot be reached", null);
                  });
              config.routes.exception(
                  ElasticsearchException.class,
                  (e, ctx) -> {
                    LOG.warn("Elasticsearch refused a query for {}", ctx.path(), e);
                    json.error(ctx, 500, "internal", "internal error", null);
                  });
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("failed on {}", ctx.path(), e);
                    json.error(ctx, 500, "internal", "internal error", null);
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.attribute(ApiJson.ERROR_WRITTEN) == null) {
                      json.error(ctx, 404, "no_such_route", "no such route", null);
                    }
                  });
            });
    app.start();
    return new ApiServer(app);
  }

  /** The port the API listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void headersAndToken(Context ctx, String token, ApiJson json) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    if (token == null) {
      return;
    }
    String header = ctx.header("Authorization");
    byte[] given =
        (header != null && header.startsWith("Bearer ") ? header.substring(7) : "")
            .getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
      json.error(ctx, 401, "unauthorized", "an API token is required", null);
      ctx.skipRemainingHandlers();
    }
  }

  private static byte[] openapi() {
    try (InputStream in = ApiServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
