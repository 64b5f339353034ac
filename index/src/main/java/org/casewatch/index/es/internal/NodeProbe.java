package org.casewatch.index.es.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Asks the node on 127.0.0.1 how it is, as the casewatch user, with plain HTTP requests: cheap
 * enough to poll while the node starts, and independent of the typed client.
 */
public final class NodeProbe {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  private final int port;
  private final String authorization;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** A probe of the node on {@code port} that authenticates as {@code user}. */
  public NodeProbe(int port, String user, String password) {
    this.port = port;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cluster health ({@code green}, {@code yellow} or {@code red}); empty when the node does not
   * answer or refuses our credentials.
   */
  public Optional<String> health() {
    return get("/_cluster/health").map(json -> json.path("status").asText());
  }

  /** The version the node reports; empty when it does not answer. */
  public Optional<String> version() {
    return get("/_nodes/_local?filter_path=nodes.*.version")
        .map(json -> json.path("nodes"))
        .map(JsonNode::elements)
        .filter(Iterator::hasNext)
        .map(nodes -> nodes.next().path("version").asText());
  }

  /**
   * Polls until the health is yellow or green.
   *
   * @param timeout how long to keep polling
   * @param alive whether the process is still alive; polling stops when it is not
   * @return the health reached, or empty when the deadline passed or the process died
   */
  public Optional<String> awaitHealthy(Duration timeout, BooleanSupplier alive) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Optional<String> health = health().filter(h -> h.equals("green") || h.equals("yellow"));
      if (health.isPresent()) {
        return health;
      }
      if (!alive.getAsBoolean() || Instant.now().isAfter(deadline)) {
        return Optional.empty();
      }
      try {
        Thread.sleep(POLL_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  private Optional<JsonNode> get(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", authorization)
            .GET()
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return Optional.empty();
      }
      return Optional.of(JSON.readTree(response.body()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
