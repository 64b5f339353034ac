package org.casewatch.index.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Builds Elasticsearch clients from an {@link ElasticsearchConnection}: the low-level {@link
 * RestClient} and, on top of it, the typed {@link ElasticsearchClient} with a Jackson mapper that
 * writes {@code java.time} values as ISO-8601 strings.
 *
 * <p>Build one client per JVM or task and close it when done ({@code client.close()} closes the
 * transport and its connections). Credentials are sent pre-emptively in the {@code Authorization}
 * header and are never logged.
 *
 * <pre>{@code
 * try (ElasticsearchClient client = ElasticsearchClients.create(connection)) {
 *   client.cluster().health();
 * }
 * }</pre>
 */
public final class ElasticsearchClients {

  private ElasticsearchClients() {}

  /** A typed client for the connection; the caller owns and closes it. */
  public static ElasticsearchClient create(ElasticsearchConnection connection) {
    RestClient restClient = restClient(connection);
    return new ElasticsearchClient(
        new RestClientTransport(restClient, new JacksonJsonpMapper(objectMapper())));
  }

  /** A low-level REST client for the connection; the caller owns and closes it. */
  public static RestClient restClient(ElasticsearchConnection connection) {
    URI uri = connection.uri();
    HttpHost host = new HttpHost(uri.getHost(), portOf(uri), uri.getScheme());
    RestClientBuilder builder = RestClient.builder(host);
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty() && !"/".equals(path)) {
      builder.setPathPrefix(path);
    }
    Header auth = authorization(connection);
    if (auth != null) {
      builder.setDefaultHeaders(new Header[] {auth});
    }
    if (connection.caCertificatePath().isPresent()) {
      SSLContext sslContext = trusting(connection.caCertificatePath().get());
      builder.setHttpClientConfigCallback(http -> http.setSSLContext(sslContext));
    }
    return builder.build();
  }

  /**
   * The JSON mapper the typed client uses: {@code java.time} support, dates as ISO-8601 strings.
   */
  public static ObjectMapper objectMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
  }

  private static int portOf(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme()) ? 443 : 80;
  }

  private static Header authorization(ElasticsearchConnection connection) {
    if (connection.username() != null) {
      String pair = connection.username() + ":" + connection.password();
      return new BasicHeader(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }
    if (connection.apiKey() != null) {
      return new BasicHeader("Authorization", "ApiKey " + connection.apiKey());
    }
    return null;
  }

  private static SSLContext trusting(Path caCertificate) {
    try (InputStream in = Files.newInputStream(caCertificate)) {
      Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
      KeyStore trustStore = KeyStore.getInstance(KeyStore.getDefaultType());
      trustStore.load(null, null);
      trustStore.setCertificateEntry("casewatch-ca", ca);
      TrustManagerFactory factory =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      factory.init(trustStore);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, factory.getTrustManagers(), null);
      return context;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CA certificate " + caCertificate, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a usable CA certificate: " + caCertificate, e);
    }
  }
}
