package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.casewatch.index.query.QueryFixtures.caseDoc;
import static org.casewatch.index.query.QueryFixtures.claim;
import static org.casewatch.index.query.QueryFixtures.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.Indices;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ElasticsearchExtension.class)
class TrendsITCase {

  private static Trends trends;

  static Instant at(String date) {
    return Instant.parse(date + "T12:00:00Z");
  }

  @BeforeAll
  static void indexFixtures(ElasticsearchClient client) throws IOException {
    Indices.reset(client);
    trends = new Trends(client);
    List<Map<String, Object>> docs = new ArrayList<>();
    // January: 30 council documents (the background); March: 6 about a tribunal.
    for (int i = 0; i < 30; i++) {
      docs.add(
          document(
              "jan-" + i,
              "Council budget " + i,
              "The council approved the budget and the roads plan.",
              "council.example",
              "web",
              "en",
              at("2024-01-" + String.format(java.util.Locale.ROOT, "%02d", 1 + i % 28)),
              0.2,
              List.of(),
              List.of()));
    }
    List<String> tribunal =
        List.of(
            "The employment tribunal heard the claims against Rafe Dunstable.",
            "Jo Private gave evidence to the tribunal on Monday.",
            "A tribunal panel questioned A. Accuser about the emails.",
            "Famous Actor spoke outside the tribunal after the hearing.",
            "Lawyers for Dunstable asked the tribunal for more time.",
            "The tribunal will publish its decision in the spring.");
    for (int i = 0; i < 6; i++) {
      Map<String, Object> doc =
          document(
              "mar-" + i,
              "Hearing day " + i,
              tribunal.get(i),
              i % 2 == 0 ? "news.example" : "mastodon.social",
              i % 2 == 0 ? "web" : "mastodon",
              "en",
              at("2024-03-1" + i),
              -0.6,
              i == 4
                  ? List.of("Rafe Dunstable", "Jo Private", "A. Accuser", "Famous Actor", KIM)
                  : List.of("Rafe Dunstable", "Jo Private", "A. Accuser", "Famous Actor"),
              List.of("case-d"));
      if (i % 2 == 0) {
        // three outlets ran one wire story: a single syndication group
        doc.put("syndication_group", "sg-hearing-wire");
      }
      if (i == 5) {
        // the recogniser mistook a complainant for an organisation
        doc.put(
            "entity_keys",
            List.of(
                "PERSON|Rafe Dunstable",
                "ORGANIZATION|Jo Private",
                "ORGANIZATION|Quayside Playhouse"));
      }
      docs.add(doc);
    }
    QueryFixtures.load(client, CasewatchIndex.DOCUMENTS, docs);
    QueryFixtures.load(
        client,
        CasewatchIndex.CLAIMS,
        List.of(
            claim(
                "c1",
                "mar-0",
                "news.example",
                at("2024-03-10"),
                "sexual_harassment",
                "asserted",
                "Rafe Dunstable",
                "Jo Private",
                false,
                "She alleged harassment.",
                "case-d",
                -0.8),
            claim(
                "c2",
                "mar-1",
                "news.example",
                at("2024-03-11"),
                "sexual_harassment",
                "asserted",
                "Rafe Dunstable",
                "Famous Actor",
                true,
                "He alleged harassment.",
                "case-d",
                -0.4),
            claim(
                "c3",
                "mar-2",
                "news.example",
                at("2024-04-02"),
                "sexual_assault",
                "reported",
                "Alan Garside",
                null,
                false,
                "Police reported an assault.",
                "case-g",
                -0.5)));
    QueryFixtures.load(
        client,
        CasewatchIndex.CASES,
        List.of(
            caseDoc(
                "case-d",
                "Rafe Dunstable",
                "charged",
                List.of("sexual_harassment"),
                List.of("Quayside Playhouse"),
                at("2024-03-10"),
                at("2024-04-20"),
                3,
                List.of("gb")),
            withClaimant(
                caseDoc(
                    "case-g",
                    "Alan Garside",
                    "convicted",
                    List.of("sexual_assault"),
                    List.of("University of Eastmoor"),
                    at("2024-04-02"),
                    at("2024-04-25"),
                    2,
                    List.of("gb", "ie"))),
            caseDoc(
                "case-v",
                "Graham Vellacott",
                "settled",
                List.of("sexual_harassment"),
                List.of("Corvane"),
                at("2023-11-02"),
                at("2024-01-05"),
                1,
                List.of("ie"))));
    Indices.refresh(client);
  }

  @Test
  void histogramsByMonthWithSplits() throws IOException {
    assertThat(trends.histogram(Series.DOCUMENTS, Interval.MONTH, null, null))
        .extracting(HistogramBucket::date, HistogramBucket::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2024-01-01", 30L),
            org.assertj.core.groups.Tuple.tuple("2024-02-01", 0L),
            org.assertj.core.groups.Tuple.tuple("2024-03-01", 6L));
    List<HistogramBucket> claims = trends.histogram(Series.CLAIMS, Interval.MONTH, null, null);
    assertThat(claims).extracting(HistogramBucket::count).containsExactly(2L, 1L);
    assertThat(claims.get(0).split()).containsExactly(new Count("sexual_harassment", 2));
    assertThat(trends.histogram(Series.CASES_OPENED, Interval.MONTH, at("2024-01-01"), null))
        .extracting(HistogramBucket::count)
        .containsExactly(1L, 1L);
    List<HistogramBucket> outcomes =
        trends.histogram(Series.CASES_BY_OUTCOME, Interval.MONTH, null, null);
    assertThat(outcomes.get(outcomes.size() - 1).split())
        .containsExactlyInAnyOrder(new Count("charged", 1), new Count("convicted", 1));
    assertThat(trends.histogram(Series.DOCUMENTS, Interval.DAY, at("2024-03-01"), at("2024-03-31")))
        .extracting(HistogramBucket::count)
        .containsExactly(1L, 1L, 1L, 1L, 1L, 1L);
  }

  @Test
  void dayHistogramsNeedABoundedWindow() {
    assertThatThrownBy(() -> trends.histogram(Series.DOCUMENTS, Interval.DAY, null, null))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("interval"));
  }

  @Test
  void breakdowns() throws IOException {
    assertThat(trends.breakdown(Breakdown.COUNTRY, null, null, 10))
        .containsExactly(new Count("gb", 2), new Count("ie", 2));
    assertThat(trends.breakdown(Breakdown.PLATFORM, at("2024-03-01"), null, 10))
        .containsExactly(new Count("mastodon", 3), new Count("web", 3));
    assertThat(trends.breakdown(Breakdown.ACT, null, null, 1))
        .containsExactly(new Count("sexual_harassment", 2));
    assertThat(trends.breakdown(Breakdown.STATUS, null, null, 10)).hasSize(3);
    assertThat(trends.breakdown(Breakdown.ORGANISATION, at("2024-04-01"), null, 10))
        .extracting(Count::key)
        .containsExactlyInAnyOrder("Quayside Playhouse", "University of Eastmoor");
  }

  /** A complainant named in a case only as a private claimant: never an accuser in a claim. */
  private static final String KIM = "Kim Claimant";

  private static Map<String, Object> withClaimant(Map<String, Object> caseDoc) {
    caseDoc.put(
        "parties",
        List.of(
            Map.of("name", "Alan Garside", "role", "accused", "public_figure", true),
            Map.of("name", KIM, "role", "claimant", "public_figure", false)));
    return caseDoc;
  }

  @Test
  void topEntitiesNeverListPrivateAccusers() throws IOException {
    Map<String, List<Count>> top = trends.topEntities(10, null, null);
    assertThat(top.get("ACCUSED"))
        .containsExactly(new Count("Rafe Dunstable", 2), new Count("Alan Garside", 1));
    assertThat(top.get("PERSON"))
        .extracting(Count::key)
        .containsExactlyInAnyOrder("Rafe Dunstable", "Famous Actor");
    assertThat(top.get("ORGANIZATION")).containsExactly(new Count("Quayside Playhouse", 1));
    assertThat(top.toString())
        .doesNotContain("Jo Private")
        .doesNotContain("A. Accuser")
        .doesNotContain(KIM);
    Map<String, List<Count>> january = trends.topEntities(10, at("2024-01-01"), at("2024-02-01"));
    assertThat(january).containsOnlyKeys("ACCUSED");
  }

  @Test
  void aTypeCrowdedOutOfTheFirstPassIsAskedAloneWithoutComplainants(ElasticsearchClient client)
      throws IOException {
    // a first pass of 3 keys holds only people: organisations are asked for alone, and the
    // complainant mistaken for an organisation stays out
    Map<String, List<Count>> top =
        new Trends(client, IndexNames.DEFAULT, 3).topEntities(1, null, null);
    assertThat(top.get("PERSON")).containsExactly(new Count("Rafe Dunstable", 6));
    assertThat(top.get("ORGANIZATION")).containsExactly(new Count("Quayside Playhouse", 1));
    assertThat(top).doesNotContainKey("LOCATION");
    assertThat(top.toString()).doesNotContain("Jo Private").doesNotContain("A. Accuser");
  }

  @Test
  void sentimentOverTime() throws IOException {
    List<SentimentPoint> points = trends.sentiment(Interval.MONTH, null, null);
    SentimentPoint march =
        points.stream().filter(p -> p.date().equals("2024-03-01")).findFirst().orElseThrow();
    assertThat(march.documents()).isEqualTo(6);
    assertThat(march.documentMean()).isCloseTo(-0.6, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(march.claims()).isEqualTo(2);
    assertThat(march.accusedMean()).isCloseTo(-0.6, org.assertj.core.data.Offset.offset(1e-6));
    SentimentPoint february =
        points.stream().filter(p -> p.date().equals("2024-02-01")).findFirst().orElseThrow();
    assertThat(february.documentMean()).isNull();
  }

  @Test
  void significantTermsOfAWindow() throws IOException {
    List<TermScore> terms = trends.significantTerms(at("2024-03-01"), at("2024-04-01"), 10);
    // six March documents name Rafe Dunstable, three of them copies of one wire story: four
    // stories; Famous Actor is in three of them; the complainants are never listed
    assertThat(terms)
        .extracting(TermScore::term, TermScore::type, TermScore::windowDocuments)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Rafe Dunstable", "PERSON", 4L),
            org.assertj.core.groups.Tuple.tuple("Famous Actor", "PERSON", 3L));
    assertThat(terms.get(0).backgroundDocuments()).isEqualTo(6);
    assertThat(terms.get(0).score()).isGreaterThan(terms.get(1).score());
    assertThat(terms.toString())
        .doesNotContain("Jo Private")
        .doesNotContain("A. Accuser")
        .doesNotContain(KIM);
    assertThat(trends.significantTerms(at("2024-01-01"), at("2024-02-01"), 10)).isEmpty();
    assertThatThrownBy(() -> trends.significantTerms(null, null, 10))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void jlhScoresOnlyWhatIsRelativelyMoreFrequentInTheWindow() {
    assertThat(Trends.jlh(4, 4, 6, 36)).isCloseTo((1.0 - 6 / 36.0) * 6.0, within(1e-9));
    assertThat(Trends.jlh(1, 10, 10, 100)).isZero();
    assertThat(Trends.jlh(0, 10, 10, 100)).isZero();
    assertThat(Trends.jlh(3, 10, 0, 100)).isZero();
  }
}
