package org.casewatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    FetchConfig config = FetchConfig.defaults();
    assertThat(config.userAgent()).isEqualTo("casewatch/0.1 (+https://casewatch.org/bot)");
    assertThat(config.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(config.maxFeedBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(config.maxRedirects()).isEqualTo(5);
    assertThat(config.allowedAddresses()).isEmpty();
  }

  @Test
  void rejectsInvalidValues() {
    assertThatThrownBy(() -> FetchConfig.builder().userAgent("bot/1.0").build())
        .hasMessageContaining("contact URL");
    assertThatThrownBy(() -> FetchConfig.builder().totalTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchConfig.builder().maxBodyBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchConfig.builder().maxRedirects(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    FetchConfig config =
        FetchConfig.builder()
            .totalTimeout(Duration.ofSeconds(3))
            .allowAddress("127.0.0.1")
            .maxRedirects(2)
            .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(config);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(config);
    }
    assertThat(config.toBuilder().build()).isEqualTo(config);
  }
}
