package org.casewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

  private static final Instant T = Instant.parse("2024-03-05T10:15:30Z");

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void feedItemRequiresItsIdentityAndDefaultsTheTitle() throws Exception {
    FeedItem item = new FeedItem("https://a.example/feed", "id1", "https://a.example/x", null, T);
    assertThat(item.title()).isEmpty();
    assertThat(roundTrip(item)).isEqualTo(item);
    assertThatThrownBy(() -> new FeedItem(null, "id", "l", "t", T))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("feedUrl");
    assertThatThrownBy(() -> new FeedItem("f", "id", null, "t", T)).hasMessage("link");
  }

  @Test
  void articleDefaultsOptionalTextAndDerivesItsIdFromTheCanonicalUrl() throws Exception {
    Article a =
        new Article("https://m.example/x?utm=1", "https://example/x", null, null, null, null, T);
    assertThat(a.source()).isEmpty();
    assertThat(a.title()).isEmpty();
    assertThat(a.body()).isEmpty();
    assertThat(a.id()).isEqualTo(Ids.documentId("https://example/x"));
    assertThat(roundTrip(a)).isEqualTo(a);
    assertThatThrownBy(() -> new Article("u", null, "s", "t", "b", null, T))
        .hasMessage("canonicalUrl");
    assertThatThrownBy(() -> new Article("u", "c", "s", "t", "b", null, null))
        .hasMessage("fetchedAt");
  }

  @Test
  void entityMentionFallsBackToItsTextAsCanonicalName() {
    assertThat(new EntityMention("Keller", EntityType.PERSON, null, 0, 6).canonicalName())
        .isEqualTo("Keller");
    assertThat(new EntityMention("Keller", EntityType.PERSON, " ", 0, 6).canonicalName())
        .isEqualTo("Keller");
    assertThat(new EntityMention("Keller", EntityType.PERSON, "Maria Keller", 0, 6).canonicalName())
        .isEqualTo("Maria Keller");
    assertThatThrownBy(() -> new EntityMention("x", null, null, 0, 1)).hasMessage("type");
    assertThat(EntityType.valueOf("ORGANIZATION")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void annotationsAreImmutableCopies() throws Exception {
    List<EntityMention> entities = new ArrayList<>();
    entities.add(new EntityMention("Wrenmouth", EntityType.LOCATION, null, 3, 12));
    Sentiment negative = new Sentiment(Sentiment.NEGATIVE, -0.4);
    Annotations a =
        new Annotations(
            "en",
            entities,
            List.of("accuse"),
            negative,
            List.of(new SentenceSentiment(0, 20, negative)),
            false);
    entities.clear();
    assertThat(a.entities()).hasSize(1);
    assertThatThrownBy(() -> a.lemmas().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(roundTrip(a)).isEqualTo(a);

    Annotations none = Annotations.none("de");
    assertThat(none.partial()).isTrue();
    assertThat(none.entities()).isEmpty();
    assertThat(none.sentiment()).isNull();
    assertThatThrownBy(() -> new SentenceSentiment(0, 1, null)).hasMessage("sentiment");
  }

  @Test
  void annotatedDocumentTakesTheArticleId() {
    Article a = new Article("https://example/x", "https://example/x", "s", "t", "b", T, T);
    AnnotatedDocument d = new AnnotatedDocument(a, Annotations.none("en"));
    assertThat(d.id()).isEqualTo(a.id());
    assertThatThrownBy(() -> new AnnotatedDocument(a, (Annotations) null))
        .hasMessage("annotations");
    assertThatThrownBy(() -> new AnnotatedDocument(a, (DocumentAnalysis) null))
        .hasMessage("analysis");
    assertThat(d.caseIds()).isEmpty();
    assertThat(d.claimCount()).isZero();
    assertThat(d.eventCount()).isZero();
    assertThat(d.withCaseIds(List.of("c1")).caseIds()).containsExactly("c1");
  }

  @Test
  void deadLetterDefaultsOptionalFields() throws Exception {
    DeadLetter d = new DeadLetter("id", null, "fetch", "HTTP_STATUS", null, 404, T);
    assertThat(d.sourceUrl()).isEmpty();
    assertThat(d.reason()).isEmpty();
    assertThat(roundTrip(d)).isEqualTo(d);
    assertThatThrownBy(() -> new DeadLetter("id", "u", null, "x", "r", 0, T)).hasMessage("stage");
  }
}
