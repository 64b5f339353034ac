package org.casewatch.pipeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casewatch.index.CasewatchHome;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.index.es.ManagedElasticsearch;
import org.casewatch.index.es.ManagedElasticsearchConfig;
import picocli.CommandLine.Option;

/**
 * Where casewatch keeps its data and which Elasticsearch it talks to: the managed node in the data
 * directory (the default) or an external cluster ({@code --es-url}).
 *
 * <p>Secrets are never taken as plain command-line values, which other users can read from the
 * process list: the password comes from {@code CASEWATCH_ES_PASSWORD} or a file, the API key from
 * {@code CASEWATCH_ES_API_KEY}.
 */
final class ElasticsearchOptions {

  /** Environment variable holding the external cluster's password. */
  static final String PASSWORD_ENV = "CASEWATCH_ES_PASSWORD";

  /** Environment variable holding the external cluster's API key. */
  static final String API_KEY_ENV = "CASEWATCH_ES_API_KEY";

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "Data directory (default: $CASEWATCH_HOME, else ~/.casewatch, or /var/lib/casewatch as"
              + " root).")
  Path home;

  @Option(
      names = "--es-url",
      paramLabel = "URL",
      description = "URL of an external Elasticsearch cluster, instead of the managed node.")
  String url;

  @Option(
      names = "--es-user",
      paramLabel = "USER",
      description = "User for the external cluster; the password comes from $" + PASSWORD_ENV)
  String user;

  @Option(
      names = "--es-password-file",
      paramLabel = "FILE",
      description =
          "File holding the external cluster's password (instead of $" + PASSWORD_ENV + ")")
  Path passwordFile;

  @Option(
      names = "--es-ca",
      paramLabel = "FILE",
      description = "PEM file of the CA that signed the external cluster's certificate.")
  Path caCertificate;

  /** The data directory. */
  Path home() {
    return home != null ? home.toAbsolutePath().normalize() : CasewatchHome.resolve();
  }

  /** True when an external cluster was named. */
  boolean external() {
    return url != null;
  }

  /** The managed node of the data directory (not started). */
  ManagedElasticsearch managed() {
    return new ManagedElasticsearch(ManagedElasticsearchConfig.builder().home(home()).build());
  }

  /**
   * The connection to use: the external cluster's, or the managed node's after starting it (or
   * reusing it when it already runs), telling {@code out} what happens.
   */
  ElasticsearchConnection connect(PrintWriter out) throws IOException {
    if (external()) {
      return externalConnection();
    }
    ManagedElasticsearch node = managed();
    if (!node.status().running()) {
      out.println(
          "Starting Elasticsearch "
              + ManagedElasticsearch.VERSION
              + " in "
              + node.directory()
              + " (the first start unpacks it; this usually takes under a minute)...");
      out.flush();
    }
    ElasticsearchConnection connection = node.start();
    out.println(
        (node.reused() ? "Using the running Elasticsearch at " : "Elasticsearch is up at ")
            + connection.uri());
    out.flush();
    return connection;
  }

  /** The external cluster's connection, with credentials from the environment or a file. */
  ElasticsearchConnection externalConnection() throws IOException {
    ElasticsearchConnection.Builder builder = ElasticsearchConnection.builder().url(url);
    String apiKey = System.getenv(API_KEY_ENV);
    if (user != null) {
      builder.basicAuth(user, password());
    } else if (apiKey != null && !apiKey.isBlank()) {
      builder.apiKey(apiKey.strip());
    } else {
      throw new IllegalArgumentException(
          "--es-url needs credentials: --es-user with $"
              + PASSWORD_ENV
              + " or --es-password-file, or $"
              + API_KEY_ENV);
    }
    if (caCertificate != null) {
      builder.caCertificate(caCertificate);
    }
    return builder.build();
  }

  private String password() throws IOException {
    if (passwordFile != null) {
      return Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
    }
    String password = System.getenv(PASSWORD_ENV);
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException(
          "--es-user needs a password: set $" + PASSWORD_ENV + " or give --es-password-file");
    }
    return password;
  }
}
