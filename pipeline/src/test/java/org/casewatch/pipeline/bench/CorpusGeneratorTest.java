package org.casewatch.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.model.AllegationCase;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.junit.jupiter.api.Test;

/** The generated corpus is deterministic, follows the mappings and is internally consistent. */
class CorpusGeneratorTest {

  private static final BenchScale SCALE = new BenchScale(4_000, 400, 40, 42);

  private static DocumentGenerator generator() {
    return new DocumentGenerator(SCALE, Vocabulary.builtIn(), new CasePlan(SCALE));
  }

  @Test
  void theSameSeedGivesTheSameDocuments() {
    DocumentGenerator a = generator();
    DocumentGenerator b = generator();
    for (long i : new long[] {0, 1, 17, 1_234, 3_999}) {
      assertThat(a.document(i)).isEqualTo(b.document(i));
    }
    assertThat(new RecordGenerator(a).caseDocument(3))
        .isEqualTo(new RecordGenerator(b).caseDocument(3));
  }

  @Test
  void everyGeneratedFieldIsInTheMappings() throws Exception {
    DocumentGenerator generator = generator();
    RecordGenerator records = new RecordGenerator(generator);
    MappingFilter documents = BenchIndices.filter("documents").orElseThrow();
    for (long i = 0; i < 400; i++) {
      assertThat(documents.dropped(generator.document(i))).as("document %d", i).isEmpty();
    }
    assertThat(BenchIndices.filter("claims").orElseThrow().dropped(records.claim(5))).isEmpty();
    assertThat(BenchIndices.filter("events").orElseThrow().dropped(records.event(5))).isEmpty();
    assertThat(BenchIndices.filter("cases").orElseThrow().dropped(records.caseDocument(5)))
        .isEmpty();
  }

  @Test
  void bodiesHaveNewsLengthAndSyndicatedCopiesShareThem() {
    DocumentGenerator generator = generator();
    Map<String, Set<String>> bodiesByGroup = new HashMap<>();
    Map<String, Set<String>> publishersByGroup = new HashMap<>();
    for (long i = 0; i < SCALE.documents(); i++) {
      Map<String, Object> document = generator.document(i);
      String body = (String) document.get("body");
      int words = body.split(" ").length;
      if ("web".equals(document.get("platform"))) {
        assertThat(words).as("words of document %d", i).isBetween(300, 900);
      }
      String group = (String) document.get("syndication_group");
      bodiesByGroup
          .computeIfAbsent(group, g -> new HashSet<>())
          .add((String) document.get("body_hash"));
      publishersByGroup
          .computeIfAbsent(group, g -> new HashSet<>())
          .add((String) document.get("url"));
      assertThat((String) document.get("published_at")).startsWith("20");
    }
    assertThat(bodiesByGroup.values()).allSatisfy(hashes -> assertThat(hashes).hasSize(1));
    assertThat(publishersByGroup.values().stream().filter(urls -> urls.size() > 1).count())
        .as("groups with several copies")
        .isGreaterThan(50);
  }

  @Test
  void claimsEventsAndCasesAgreeWithEachOther() {
    DocumentGenerator generator = generator();
    RecordGenerator records = new RecordGenerator(generator);
    Set<String> caseIds = new HashSet<>();
    Set<String> claimIdsInCases = new HashSet<>();
    int eventIdsInCases = 0;
    for (int c = 0; c < SCALE.cases(); c++) {
      Map<String, Object> caseDocument = records.caseDocument(c);
      assertThat(caseIds.add((String) caseDocument.get("id"))).isTrue();
      assertThat(AllegationCase.STATUSES).contains((String) caseDocument.get("status"));
      claimIdsInCases.addAll(strings(caseDocument.get("claim_ids")));
      eventIdsInCases += strings(caseDocument.get("event_ids")).size();
      assertThat((String) caseDocument.get("first_seen"))
          .isLessThanOrEqualTo((String) caseDocument.get("last_activity"));
    }
    int assigned = 0;
    for (int j = 0; j < SCALE.claims(); j++) {
      Map<String, Object> claim = records.claim(j);
      Map<String, Object> event = records.event(j);
      Map<String, Object> document = generator.document(SCALE.documentOfClaim(j));
      assertThat(claim.get("document_id")).isEqualTo(document.get("id"));
      assertThat((String) document.get("body")).startsWith((String) claim.get("quote"));
      assertThat(Claim.ACTS).contains((String) claim.get("act"));
      assertThat(CaseEvent.TYPES).contains((String) event.get("type"));
      assertThat(event.get("case_id")).isEqualTo(claim.get("case_id"));
      if (claim.containsKey("case_id")) {
        assigned++;
        assertThat(caseIds).contains((String) claim.get("case_id"));
        assertThat(claimIdsInCases).contains((String) claim.get("id"));
        assertThat(strings(document.get("case_ids")))
            .containsExactly((String) claim.get("case_id"));
      }
    }
    assertThat(claimIdsInCases).hasSize(assigned);
    assertThat(eventIdsInCases).isEqualTo(assigned);
    assertThat(assigned).isBetween(SCALE.claims() * 8 / 10, SCALE.claims());
  }

  @Test
  void caseSizesAreHeavyTailedAndAddUp() {
    BenchScale scale = new BenchScale(1_000_000, 100_000, 5_000, 7);
    CasePlan plan = new CasePlan(scale);
    int total = 0;
    int largest = 0;
    int smallest = Integer.MAX_VALUE;
    for (int c = 0; c < plan.cases(); c++) {
      total += plan.claimCount(c);
      largest = Math.max(largest, plan.claimCount(c));
      smallest = Math.min(smallest, plan.claimCount(c));
      assertThat(plan.caseOfClaim(plan.firstClaim(c))).isEqualTo(c);
    }
    assertThat(total).isEqualTo(scale.claims());
    assertThat(smallest).isGreaterThanOrEqualTo(1);
    assertThat(largest).as("the biggest case has hundreds of claims").isGreaterThan(200);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object value) {
    return (List<String>) value;
  }
}
