package org.casewatch.index.client;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an Elasticsearch cluster is and how to authenticate to it: a URL, then either a username
 * and password or an API key (or neither, for a cluster without security), and optionally a CA
 * certificate (PEM) to trust for {@code https}.
 *
 * <p>Immutable and {@link Serializable}, so it can travel inside a Flink job graph; the client
 * itself is built on the task with {@link ElasticsearchClients#create(ElasticsearchConnection)}.
 * Secrets never appear in {@link #toString()}.
 *
 * <pre>{@code
 * ElasticsearchConnection connection = ElasticsearchConnection.builder()
 *     .url("https://es.example.org:9200")
 *     .basicAuth("casewatch", password)
 *     .caCertificate(Path.of("/etc/casewatch/ca.pem"))
 *     .build();
 * }</pre>
 *
 * @param url the cluster's base URL, {@code http} or {@code https}, with an optional path prefix
 * @param username the user for basic authentication, or {@code null}
 * @param password the password for basic authentication, or {@code null}
 * @param apiKey the encoded API key ({@code base64(id:key)}), or {@code null}
 * @param caCertificate the path of a PEM CA certificate to trust, or {@code null}
 */
public record ElasticsearchConnection(
    String url, String username, String password, String apiKey, String caCertificate)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validates the combination; use {@link #builder()} for readable call sites. */
  public ElasticsearchConnection {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url is required");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url is not a valid URI: " + url, e);
    }
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("url must start with http:// or https://: " + url);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("url has no host: " + url);
    }
    if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "url must not carry credentials, a query or a fragment; use basicAuth or apiKey");
    }
    url = url.strip();
    if ((username == null) != (password == null)) {
      throw new IllegalArgumentException("username and password go together");
    }
    if (username != null && (username.isBlank() || password.isEmpty())) {
      throw new IllegalArgumentException("username and password must not be blank");
    }
    if (apiKey != null && apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey must not be blank");
    }
    if (apiKey != null && username != null) {
      throw new IllegalArgumentException("use either username and password or an apiKey, not both");
    }
    if (caCertificate != null && !"https".equals(scheme)) {
      throw new IllegalArgumentException("a CA certificate needs an https url");
    }
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The URL as a URI. */
  public URI uri() {
    return URI.create(url);
  }

  /** The CA certificate to trust, if any. */
  public Optional<Path> caCertificatePath() {
    return Optional.ofNullable(caCertificate).map(Path::of);
  }

  /** Says how this connection authenticates, without any secret. */
  @Override
  public String toString() {
    String auth =
        username != null ? "basic user " + username : apiKey != null ? "api key ****" : "none";
    return "ElasticsearchConnection[url="
        + url
        + ", auth="
        + auth
        + (caCertificate != null ? ", caCertificate=" + caCertificate : "")
        + "]";
  }

  /** Collects the parts of an {@link ElasticsearchConnection}; not thread-safe. */
  public static final class Builder {
    private String url;
    private String username;
    private String password;
    private String apiKey;
    private String caCertificate;

    private Builder() {}

    /** The cluster's base URL, for example {@code http://127.0.0.1:9200}. Required. */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /** Authenticates with a username and password (basic authentication). */
    public Builder basicAuth(String username, String password) {
      this.username = username;
      this.password = password;
      return this;
    }

    /** Authenticates with an encoded API key, as Kibana shows it. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Trusts the CA certificate (PEM) in this file for {@code https}. */
    public Builder caCertificate(Path caCertificate) {
      this.caCertificate = caCertificate == null ? null : caCertificate.toString();
      return this;
    }

    /**
     * The validated connection.
     *
     * @throws IllegalArgumentException when the URL is missing or malformed, or the credentials do
     *     not fit together
     */
    public ElasticsearchConnection build() {
      return new ElasticsearchConnection(url, username, password, apiKey, caCertificate);
    }
  }
}
