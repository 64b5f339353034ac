package org.casewatch.index.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.casewatch.index.mapping.ClaimSource;
import org.casewatch.index.mapping.DeadLetterSource;
import org.casewatch.index.mapping.DocumentSource;
import org.casewatch.index.mapping.EventSource;
import org.casewatch.index.mapping.SampleClaims;
import org.casewatch.index.mapping.SampleDocuments;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.EventRecord;
import org.casewatch.model.Ids;
import org.junit.jupiter.api.Test;

class ConvertersTest {

  @Test
  void documentGoesToTheDocumentsAliasUnderItsCanonicalUrlHash() {
    IndexAction action = new DocumentConverter().convert(SampleDocuments.document(5));
    assertThat(action.index()).isEqualTo("casewatch-documents");
    assertThat(action.id()).isEqualTo(Ids.documentId(SampleDocuments.canonicalUrl(5)));
    assertThat(action.sourceUrl()).isEqualTo(SampleDocuments.canonicalUrl(5) + "?utm_source=feed");
    assertThat(action.document()).isEqualTo(DocumentSource.of(SampleDocuments.document(5)));
    assertThat(new DocumentConverter().convert(SampleDocuments.document(5))).isEqualTo(action);
  }

  @Test
  void claimsAndEventsGoToTheirAliasesUnderTheirDeterministicIds() {
    AnnotatedDocument doc = SampleClaims.document(true);
    ClaimRecord claim = ClaimRecord.of(doc).get(0);
    IndexAction claimAction = new ClaimConverter().convert(claim);
    assertThat(claimAction.index()).isEqualTo("casewatch-claims");
    assertThat(claimAction.id()).isEqualTo(Ids.claimId(doc.id(), claim.claim()));
    assertThat(claimAction.sourceUrl()).isEqualTo(SampleClaims.URL);
    assertThat(claimAction.document()).isEqualTo(ClaimSource.of(claim));
    assertThat(new ClaimConverter().convert(ClaimRecord.of(doc).get(0))).isEqualTo(claimAction);

    EventRecord event = EventRecord.of(doc).get(0);
    IndexAction eventAction = new EventConverter().convert(event);
    assertThat(eventAction.index()).isEqualTo("casewatch-events");
    assertThat(eventAction.id()).isEqualTo(Ids.eventId(doc.id(), event.event()));
    assertThat(eventAction.document()).isEqualTo(EventSource.of(event));
  }

  @Test
  void deadLetterGoesToTheDeadLetterAliasUnderAStableId() {
    DeadLetter letter =
        new DeadLetter(
            "item-1", "https://feed.example/rss", "feed", "PARSE", "bad XML", 0, Instant.EPOCH);
    IndexAction action = new DeadLetterConverter().convert(letter);
    assertThat(action.index()).isEqualTo("casewatch-dead-letters");
    assertThat(action.id()).isEqualTo(DeadLetterSource.id(letter));
    assertThat(action.sourceUrl()).isEqualTo("https://feed.example/rss");
    assertThat(action.document()).containsEntry("stage", "feed").containsEntry("reason", "bad XML");
  }
}
