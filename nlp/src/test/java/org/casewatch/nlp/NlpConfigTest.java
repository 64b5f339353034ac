package org.casewatch.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NlpConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    NlpConfig c = NlpConfig.defaults();
    assertThat(c.parserModel()).isEqualTo(NlpConfig.SHIFT_REDUCE_PARSER);
    assertThat(c.maxParseTokens()).isEqualTo(80);
    assertThat(c.maxNerTokens()).isEqualTo(150);
    assertThat(c.maxChars()).isEqualTo(100_000);
    assertThat(c.timeBudget()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.sentiment()).isTrue();
  }

  @Test
  void builderSetsEveryField() {
    NlpConfig c =
        NlpConfig.builder()
            .parserModel(NlpConfig.PCFG_PARSER)
            .maxParseTokens(60)
            .maxNerTokens(100)
            .maxChars(5000)
            .timeBudget(Duration.ofSeconds(5))
            .sentiment(false)
            .build();
    assertThat(c)
        .isEqualTo(
            new NlpConfig(NlpConfig.PCFG_PARSER, 60, 100, 5000, Duration.ofSeconds(5), false));
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void invalidValuesAreRejected() {
    assertThatThrownBy(() -> NlpConfig.builder().parserModel(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parserModel");
    assertThatThrownBy(() -> NlpConfig.builder().parserModel(null).build())
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NlpConfig.builder().maxParseTokens(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxParseTokens");
    assertThatThrownBy(() -> NlpConfig.builder().maxParseTokens(301).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NlpConfig.builder().maxNerTokens(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NlpConfig.builder().maxChars(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NlpConfig.builder().timeBudget(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeBudget");
    assertThatThrownBy(() -> NlpConfig.builder().timeBudget(Duration.ofSeconds(-1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NlpConfig.builder().timeBudget(null).build())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void survivesJavaSerialization() throws IOException, ClassNotFoundException {
    NlpConfig c = NlpConfig.builder().maxChars(1234).build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(c);
    }
  }
}
