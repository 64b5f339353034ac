package org.casewatch.pipeline.cli;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.casewatch.dashboards.api.ApiServer;
import org.casewatch.dashboards.api.BindPolicy;
import org.casewatch.index.client.ElasticsearchClients;
import org.casewatch.index.query.IndexNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code casewatch serve}: the HTTP JSON API until Ctrl-C.
 *
 * <p>Listens on **127.0.0.1:8377** by default. Another address needs {@code --allow-remote} and an
 * API token of at least 32 characters from {@code $CASEWATCH_API_TOKEN} or {@code --token-file}
 * (never a command-line value, which other users can read from the process list).
 */
@Command(
    name = "serve",
    description = "Serve the HTTP JSON API (search, cases, timelines, trends, exports).")
final class ServeCommand implements Callable<Integer> {

  /** Environment variable holding the API token. */
  static final String TOKEN_ENV = "CASEWATCH_API_TOKEN";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port to listen on (default ${DEFAULT-VALUE}; 0 for any free port).",
      defaultValue = "8377")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).",
      defaultValue = BindPolicy.DEFAULT_BIND)
  String bind;

  @Option(
      names = "--allow-remote",
      description = "Allow a non-loopback --bind; requires an API token.")
  boolean allowRemote;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "File holding the API token (instead of $" + TOKEN_ENV + ").")
  Path tokenFile;

  @Mixin ElasticsearchOptions elasticsearch;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Completed to stop the server as Ctrl-C would; for tests, which cannot send a signal. */
  CompletableFuture<Void> stopRequest = new CompletableFuture<>();

  /** Completed with the port once the server listens; for tests. */
  CompletableFuture<Integer> listening = new CompletableFuture<>();

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535");
    }
    String token = token();
    BindPolicy.check(bind, allowRemote, token);
    PrintWriter out = spec.commandLine().getOut();
    try (ElasticsearchClient client = ElasticsearchClients.create(elasticsearch.connect(out));
        ApiServer server = ApiServer.start(client, IndexNames.DEFAULT, bind, port, token)) {
      String host = bind.contains(":") ? "[" + bind + "]" : bind;
      out.printf(
          java.util.Locale.ROOT,
          "casewatch API at http://%s:%d/api/ (contract: /openapi.yaml)%s; stop with Ctrl-C%n",
          host,
          server.port(),
          token == null ? "" : ", token required");
      out.flush();
      listening.complete(server.port());
      Thread hook = new Thread(() -> stopRequest.complete(null), "casewatch-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stopRequest.join();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // already shutting down
        }
      }
      return 0;
    }
  }

  private String token() throws java.io.IOException {
    if (tokenFile != null) {
      return Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
    }
    String env = System.getenv(TOKEN_ENV);
    return env == null || env.isBlank() ? null : env.strip();
  }
}
