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
            withSector(
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
                "theatre"),
            withSector(
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
                "education"),
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

  private static Map<String, Object> withSector(Map<String, Object> caseDoc, String sector) {
    caseDoc.put("sector", sector);
    return caseDoc;
  }

  private static TrendFilter.Builder filter() {
    return TrendFilter.builder();
  }

  private static long total(List<HistogramBucket> buckets) {
    return buckets.stream().mapToLong(HistogramBucket::count).sum();
  }

  @Test
  void histogramsTakeTheFiltersOfTheirSeries() throws IOException {
    TrendFilter mastodon = filter().platforms(List.of("mastodon")).build();
    assertThat(trends.histogram(Series.DOCUMENTS, Interval.MONTH, null, null, mastodon))
        .extracting(HistogramBucket::date, HistogramBucket::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2024-03-01", 3L));
    TrendFilter council = filter().sources(List.of("council.example")).build();
    assertThat(total(trends.histogram(Series.DOCUMENTS, Interval.MONTH, null, null, council)))
        .isEqualTo(30);
    assertThat(
            total(
                trends.histogram(
                    Series.DOCUMENTS,
                    Interval.MONTH,
                    null,
                    null,
                    filter().cases(List.of("case-d")).languages(List.of("en")).build())))
        .isEqualTo(6);
    assertThat(
            total(
                trends.histogram(
                    Series.DOCUMENTS,
                    Interval.MONTH,
                    null,
                    null,
                    filter().sentiment(0.0, null).build())))
        .isEqualTo(30);

    List<HistogramBucket> reported =
        trends.histogram(
            Series.CLAIMS,
            Interval.MONTH,
            null,
            null,
            filter().modalities(List.of("reported")).build());
    assertThat(reported).extracting(HistogramBucket::count).containsExactly(1L);
    assertThat(reported.get(0).split()).containsExactly(new Count("sexual_assault", 1));
    // on claims, entity is the accused
    assertThat(
            total(
                trends.histogram(
                    Series.CLAIMS,
                    Interval.MONTH,
                    null,
                    null,
                    filter()
                        .entities(List.of("Rafe Dunstable"))
                        .acts(List.of("sexual_harassment"))
                        .build())))
        .isEqualTo(2);

    TrendFilter ireland = filter().countries(List.of("ie")).build();
    List<HistogramBucket> opened =
        trends.histogram(Series.CASES_OPENED, Interval.MONTH, null, null, ireland);
    assertThat(opened.get(0).date()).isEqualTo("2023-11-01");
    assertThat(total(opened)).isEqualTo(2);
    List<HistogramBucket> outcomes =
        trends.histogram(
            Series.CASES_BY_OUTCOME,
            Interval.MONTH,
            null,
            null,
            filter().sectors(List.of("education")).build());
    assertThat(outcomes).hasSize(1);
    assertThat(outcomes.get(0).split()).containsExactly(new Count("convicted", 1));
  }

  @Test
  void breakdownsSentimentEntitiesAndTermsTakeFilters() throws IOException {
    assertThat(
            trends.breakdown(
                Breakdown.STATUS, null, null, 10, filter().sectors(List.of("theatre")).build()))
        .containsExactly(new Count("charged", 1));
    assertThat(trends.breakdown(Breakdown.SECTOR, null, null, 10, TrendFilter.NONE))
        .as("a case without a sector is not counted")
        .containsExactlyInAnyOrder(new Count("education", 1), new Count("theatre", 1));
    assertThat(
            trends.breakdown(
                Breakdown.COUNTRY,
                null,
                null,
                10,
                filter()
                    .acts(List.of("sexual_assault"))
                    .organisations(List.of("Corvane", "University of Eastmoor"))
                    .build()))
        .containsExactly(new Count("gb", 1), new Count("ie", 1));
    assertThat(
            trends.breakdown(
                Breakdown.PLATFORM, null, null, 10, filter().languages(List.of("fr")).build()))
        .isEmpty();
    assertThat(
            trends.breakdown(
                Breakdown.PUBLISHER,
                null,
                null,
                10,
                filter().entities(List.of("Famous Actor")).build()))
        .containsExactly(new Count("mastodon.social", 3), new Count("news.example", 3));
    assertThat(
            trends.breakdown(Breakdown.ACT, null, null, 10, filter().sentiment(null, -0.6).build()))
        .containsExactly(new Count("sexual_harassment", 1));

    List<SentimentPoint> news =
        trends.sentiment(
            Interval.MONTH, null, null, filter().sources(List.of("news.example")).build());
    assertThat(news.get(0).date()).isEqualTo("2024-03-01");
    assertThat(news.get(0).documents()).isEqualTo(3);
    assertThat(news.get(0).claims()).isEqualTo(2);

    // the three Mastodon posts: one names the complainant as an organisation (recogniser error)
    Map<String, List<Count>> mastodon =
        trends.topEntities(10, null, null, filter().sources(List.of("mastodon.social")).build());
    assertThat(mastodon.get("ACCUSED")).isEmpty();
    assertThat(mastodon.get("PERSON"))
        .containsExactly(new Count("Rafe Dunstable", 3), new Count("Famous Actor", 2));
    assertThat(mastodon.get("ORGANIZATION")).containsExactly(new Count("Quayside Playhouse", 1));
    assertThat(
            trends
                .topEntities(10, null, null, filter().cases(List.of("case-g")).build())
                .get("ACCUSED"))
        .containsExactly(new Count("Alan Garside", 1));

    // the Mastodon posts are three separate stories (no syndication group)
    assertThat(
            trends.significantTerms(
                at("2024-03-01"),
                at("2024-04-01"),
                10,
                filter().platforms(List.of("mastodon")).build()))
        .extracting(TermScore::term, TermScore::windowDocuments)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Rafe Dunstable", 3L));
    // the web copies are one wire story: too few stories to score anything
    assertThat(
            trends.significantTerms(
                at("2024-03-01"), at("2024-04-01"), 10, filter().platforms(List.of("web")).build()))
        .isEmpty();
  }

  @Test
  void aFilterAViewCannotApplyIsRefusedByName() {
    assertRefused(
        () ->
            trends.histogram(
                Series.DOCUMENTS,
                Interval.MONTH,
                null,
                null,
                filter().acts(List.of("sexual_assault")).build()),
        "act");
    assertRefused(
        () ->
            trends.histogram(
                Series.CLAIMS,
                Interval.MONTH,
                null,
                null,
                filter().countries(List.of("gb")).build()),
        "country");
    assertRefused(
        () ->
            trends.histogram(
                Series.CASES_OPENED,
                Interval.MONTH,
                null,
                null,
                filter().sources(List.of("news.example")).build()),
        "source");
    assertRefused(
        () ->
            trends.breakdown(
                Breakdown.COUNTRY, null, null, 10, filter().sentiment(-0.5, null).build()),
        "sentiment_min");
    assertRefused(
        () ->
            trends.breakdown(
                Breakdown.PLATFORM, null, null, 10, filter().statuses(List.of("charged")).build()),
        "status");
    assertRefused(
        () -> trends.topEntities(10, null, null, filter().modalities(List.of("reported")).build()),
        "modality");
    assertRefused(
        () ->
            trends.sentiment(
                Interval.MONTH, null, null, filter().acts(List.of("sexual_assault")).build()),
        "act");
    assertRefused(
        () ->
            trends.significantTerms(
                at("2024-03-01"), at("2024-04-01"), 10, filter().sectors(List.of("x")).build()),
        "sector");
    assertRefused(
        () ->
            trends.histogram(Series.DOCUMENTS, Interval.MONTH, at("2024-03-01"), at("2024-02-01")),
        "to_date");
    assertRefused(() -> filter().cases(List.of("case d; drop")), "case");
    assertRefused(() -> filter().entities(java.util.Collections.nCopies(51, "x")), "entity");
    assertRefused(() -> filter().sentiment(null, 1.5), "sentiment_max");
    assertRefused(() -> filter().sentiment(0.5, -0.5).build(), "sentiment_max");
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
  }

  @Test
  void anEntityFilterCannotExposeAComplainant() throws IOException {
    for (String complainant : List.of("Jo Private", "A. Accuser", KIM)) {
      TrendFilter named = filter().entities(List.of(complainant)).build();
      Map<String, List<Count>> top = trends.topEntities(10, null, null, named);
      assertThat(top).containsOnlyKeys("ACCUSED");
      assertThat(top.get("ACCUSED")).isEmpty();
      assertThat(trends.significantTerms(at("2024-03-01"), at("2024-04-01"), 10, named)).isEmpty();
      assertThat(trends.histogram(Series.DOCUMENTS, Interval.MONTH, null, null, named)).isEmpty();
      assertThat(trends.breakdown(Breakdown.PUBLISHER, null, null, 10, named)).isEmpty();
      assertThat(trends.sentiment(Interval.MONTH, null, null, named)).isEmpty();
    }
    // next to a name that may be shown, a complainant's name matches nothing
    TrendFilter both = filter().entities(List.of("Jo Private", "Alan Garside")).build();
    assertThat(trends.topEntities(10, null, null, both).get("ACCUSED"))
        .containsExactly(new Count("Alan Garside", 1));
    assertThat(trends.histogram(Series.DOCUMENTS, Interval.MONTH, null, null, both)).isEmpty();
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
