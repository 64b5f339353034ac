package org.casewatch.index.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ElasticsearchConnectionTest {

  @Test
  void buildsABasicAuthConnection() {
    ElasticsearchConnection connection =
        ElasticsearchConnection.builder()
            .url(" http://127.0.0.1:9200 ")
            .basicAuth("casewatch", "s3cret")
            .build();

    assertThat(connection.url()).isEqualTo("http://127.0.0.1:9200");
    assertThat(connection.uri().getPort()).isEqualTo(9200);
    assertThat(connection.username()).isEqualTo("casewatch");
    assertThat(connection.apiKey()).isNull();
  }

  @Test
  void requiresAUrl() {
    assertThatThrownBy(() -> ElasticsearchConnection.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("url");
  }

  @Test
  void requiresHttpOrHttps() {
    assertThatThrownBy(() -> ElasticsearchConnection.builder().url("ftp://es:21").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("http");
  }

  @Test
  void refusesCredentialsInsideTheUrl() {
    assertThatThrownBy(
            () -> ElasticsearchConnection.builder().url("http://u:p@127.0.0.1:9200").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials");
  }

  @Test
  void refusesAUsernameWithoutPassword() {
    assertThatThrownBy(
            () ->
                ElasticsearchConnection.builder().url("http://h:9200").basicAuth("u", null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("together");
  }

  @Test
  void refusesBasicAuthAndApiKeyTogether() {
    assertThatThrownBy(
            () ->
                ElasticsearchConnection.builder()
                    .url("http://h:9200")
                    .basicAuth("u", "p")
                    .apiKey("a2V5")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("either");
  }

  @Test
  void refusesACaCertificateWithoutHttps() {
    assertThatThrownBy(
            () ->
                ElasticsearchConnection.builder()
                    .url("http://h:9200")
                    .caCertificate(Path.of("ca.pem"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
  }

  @Test
  void toStringShowsNoSecret() {
    String basic =
        ElasticsearchConnection.builder()
            .url("https://h:9200")
            .basicAuth("u", "pw-123")
            .build()
            .toString();
    String apiKey =
        ElasticsearchConnection.builder()
            .url("https://h:9200")
            .apiKey("key-456")
            .build()
            .toString();

    assertThat(basic).contains("https://h:9200", "u").doesNotContain("pw-123");
    assertThat(apiKey).contains("api key").doesNotContain("key-456");
  }

  @Test
  void survivesJavaSerialization() throws IOException, ClassNotFoundException {
    ElasticsearchConnection connection =
        ElasticsearchConnection.builder()
            .url("https://es.example.org:9243/prefix")
            .apiKey("a2V5")
            .caCertificate(Path.of("certs", "ca.pem"))
            .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(connection);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(connection);
    }
  }
}
