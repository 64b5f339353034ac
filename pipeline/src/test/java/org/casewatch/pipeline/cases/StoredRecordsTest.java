package org.casewatch.pipeline.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.casewatch.index.mapping.ClaimSource;
import org.casewatch.index.mapping.EventSource;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.DocumentRef;
import org.casewatch.model.EventRecord;
import org.junit.jupiter.api.Test;

class StoredRecordsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, Object> roundTrip(Map<String, Object> source) throws Exception {
    return JSON.readValue(
        JSON.writeValueAsString(source), new TypeReference<Map<String, Object>>() {});
  }

  @Test
  void claimsReadBackAsTheyWereWritten() throws Exception {
    Records d =
        Records.doc("s1", "news.example", "2023-03-14", "grp")
            .claim(
                "Graham Vellacott",
                "Mr Vellacott",
                "groping",
                "Corvane",
                "a former employee",
                -0.3125);
    ClaimRecord claim = d.claims.get(0).withCaseId("case-1").withAccuserPublicFigure(true);
    assertThat(StoredRecords.claim(roundTrip(ClaimSource.of(claim)))).isEqualTo(claim);
  }

  @Test
  void eventsReadBackWithTheUrlAsCanonicalUrl() throws Exception {
    Records d =
        Records.doc("s2", "news.example", "2023-03-14")
            .event("charge", "2023-03-10", Records.party("Graham Vellacott", "accused"));
    EventRecord event = d.events.get(0).withCaseId("case-1");
    EventRecord back = StoredRecords.event(roundTrip(EventSource.of(event)));
    DocumentRef ref = event.document();
    assertThat(back.document().canonicalUrl()).isEqualTo(ref.url());
    assertThat(back.event()).isEqualTo(event.event());
    assertThat(back.caseId()).isEqualTo("case-1");
    assertThat(back.document().publishedAt()).isEqualTo(ref.publishedAt());
  }

  @Test
  void aClaimWithoutActIsRefused() {
    assertThatThrownBy(() -> StoredRecords.claim(Map.of("id", "x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
