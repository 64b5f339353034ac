package org.casewatch.index.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casewatch.index.query.QueryFixtures.claim;
import static org.casewatch.index.query.QueryFixtures.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.Indices;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ElasticsearchExtension.class)
class SearchITCase {

  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final int BULK_DOCUMENTS = 130;

  private static Search search;

  @BeforeAll
  static void indexFixtures(ElasticsearchClient client) throws IOException {
    Indices.reset(client);
    search = new Search(client);
    List<Map<String, Object>> docs = new ArrayList<>();
    docs.add(
        document(
            "d-script",
            "<script>alert(1)</script> Director accused of harassment",
            "The director denied the harassment claims made by a former assistant.",
            "news.example",
            "web",
            "en",
            T0,
            -0.6,
            List.of("Rafe Dunstable"),
            List.of("case-dunstable")));
    docs.add(
        document(
            "d-fr",
            "Le directeur accusé de harcèlement",
            "Une ancienne assistante accuse le directeur de harcèlement.",
            "journal.example",
            "web",
            "fr",
            T0.plus(Duration.ofDays(40)),
            -0.4,
            List.of("Rafe Dunstable"),
            List.of("case-dunstable")));
    docs.add(
        document(
            "d-toot",
            "Thread on the Corvane lawsuit",
            "A post about the lawsuit against Graham Vellacott.",
            "mastodon.social",
            "mastodon",
            "en",
            T0.plus(Duration.ofDays(80)),
            0.3,
            List.of("Graham Vellacott"),
            List.of("case-vellacott")));
    for (int i = 0; i < BULK_DOCUMENTS; i++) {
      docs.add(
          document(
              String.format(java.util.Locale.ROOT, "bulk-%03d", i),
              "Council budget report " + i,
              "The council approved the budget for year " + i + ".",
              "council.example",
              "web",
              "en",
              T0.plus(Duration.ofHours(i % 40)),
              0.1,
              List.of(),
              List.of()));
    }
    QueryFixtures.load(client, CasewatchIndex.DOCUMENTS, docs);
    QueryFixtures.load(
        client,
        CasewatchIndex.CLAIMS,
        List.of(
            claim(
                "c-1",
                "d-script",
                "news.example",
                T0,
                "sexual_harassment",
                "asserted",
                "Rafe Dunstable",
                "Jo Private",
                false,
                "A former assistant alleged that Dunstable harassed her.",
                "case-dunstable",
                -0.7),
            claim(
                "c-2",
                "d-toot",
                "mastodon.social",
                T0.plus(Duration.ofDays(80)),
                "sexual_assault",
                "reported",
                "Graham Vellacott",
                "Famous Actor",
                true,
                "The actor alleged that Vellacott assaulted him.",
                "case-vellacott",
                -0.2)));
    Indices.refresh(client);
  }

  private static SearchQuery.Builder documents() {
    return SearchQuery.builder(SearchKind.DOCUMENTS);
  }

  @Test
  void highlightsAreHtmlEncodedWithMarkedMatches() throws IOException {
    SearchPage page = search.page(documents().text("harassment").build());

    assertThat(page.total()).isEqualTo(1);
    SearchHit hit = page.hits().get(0);
    assertThat(hit.id()).isEqualTo("d-script");
    assertThat(hit.fields()).containsEntry("source", "news.example").doesNotContainKey("body");
    assertThat(hit.highlights().get("title"))
        .containsExactly(
            "&lt;script&gt;alert(1)&lt;&#x2F;script&gt; Director accused of <mark>harassment</mark>");
    assertThat(hit.highlights().get("body").get(0)).contains("<mark>harassment</mark>");
  }

  @Test
  void filtersEachNarrowTheResult() throws IOException {
    assertThat(ids(documents().sources(List.of("journal.example")))).containsExactly("d-fr");
    assertThat(ids(documents().platforms(List.of("mastodon")))).containsExactly("d-toot");
    assertThat(ids(documents().languages(List.of("fr")))).containsExactly("d-fr");
    assertThat(ids(documents().entities(List.of("Rafe Dunstable"))))
        .containsExactlyInAnyOrder("d-script", "d-fr");
    assertThat(ids(documents().cases(List.of("case-vellacott")))).containsExactly("d-toot");
    assertThat(ids(documents().sentiment(null, -0.5))).containsExactly("d-script");
    assertThat(
            ids(
                documents()
                    .fromDate(T0.plus(Duration.ofDays(30)))
                    .toDate(T0.plus(Duration.ofDays(60)))))
        .containsExactly("d-fr");
    assertThat(ids(documents().entities(List.of("Rafe Dunstable")).sort(SearchSort.NEWEST)))
        .containsExactly("d-fr", "d-script");
  }

  @Test
  void claimsFilterByActModalityAndAccusedAndHidePrivateAccusers() throws IOException {
    SearchQuery.Builder claims = SearchQuery.builder(SearchKind.CLAIMS);
    SearchPage harassment = search.page(claims.acts(List.of("sexual_harassment")).build());
    assertThat(harassment.hits()).extracting(SearchHit::id).containsExactly("c-1");
    assertThat(harassment.hits().get(0).fields().get("accuser"))
        .isEqualTo(Map.of("public_figure", false));
    assertThat(harassment.hits().get(0).fields().toString()).doesNotContain("Jo Private");

    SearchPage reported =
        search.page(SearchQuery.builder(SearchKind.CLAIMS).modalities(List.of("reported")).build());
    assertThat(reported.hits()).extracting(SearchHit::id).containsExactly("c-2");
    assertThat(reported.hits().get(0).fields().get("accuser").toString()).contains("Famous Actor");

    assertThat(
            search
                .page(
                    SearchQuery.builder(SearchKind.CLAIMS)
                        .entities(List.of("Graham Vellacott"))
                        .build())
                .total())
        .isEqualTo(1);
    assertThat(
            search.page(SearchQuery.builder(SearchKind.CLAIMS).text("Jo Private").build()).total())
        .as("accuser names are not searchable")
        .isZero();
    assertThatThrownBy(() -> documents().acts(List.of("rape")).build())
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("act"));
  }

  @Test
  void totalsStopAtTheCapUnlessAnExactTotalIsAsked(ElasticsearchClient client) throws IOException {
    Search capped = new Search(client, IndexNames.DEFAULT, 100);
    SearchPage page = capped.page(documents().text("council").size(10).build());
    assertThat(page.total()).isEqualTo(100);
    assertThat(page.totalRelation()).isEqualTo(SearchPage.GTE);
    assertThat(page.totalExact()).isFalse();
    assertThat(page.hits()).hasSize(10);
    SearchPage exact = capped.page(documents().text("council").size(10).exactTotal(true).build());
    assertThat(exact.total()).isEqualTo(BULK_DOCUMENTS);
    assertThat(exact.totalRelation()).isEqualTo(SearchPage.EQ);
    assertThat(exact.hits())
        .extracting(SearchHit::id)
        .isEqualTo(page.hits().stream().map(SearchHit::id).toList());
    SearchPage few = capped.page(documents().text("harassment").build());
    assertThat(few.totalRelation()).isEqualTo(SearchPage.EQ);
  }

  @Test
  void cursorPagingVisitsEveryHitOnceWithExactTotals() throws IOException {
    SearchQuery query = documents().text("council").sort(SearchSort.NEWEST).size(50).build();
    Set<String> seen = new HashSet<>();
    List<String> order = new ArrayList<>();
    int pages = 0;
    SearchPage page = search.page(query);
    while (true) {
      pages++;
      assertThat(page.total()).isEqualTo(BULK_DOCUMENTS);
      for (SearchHit hit : page.hits()) {
        assertThat(seen.add(hit.id())).as("duplicate %s", hit.id()).isTrue();
        order.add(hit.text("published_at"));
      }
      if (page.nextCursor() == null) {
        break;
      }
      page = search.page(query.withCursor(page.nextCursor()));
    }
    assertThat(seen).hasSize(BULK_DOCUMENTS);
    assertThat(pages).isEqualTo(3);
    assertThat(order).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    SearchPage relevance = search.page(documents().text("council budget").size(100).build());
    SearchPage rest =
        search.page(
            documents().text("council budget").size(100).cursor(relevance.nextCursor()).build());
    assertThat(relevance.hits().size() + rest.hits().size()).isEqualTo(BULK_DOCUMENTS);
    assertThat(rest.nextCursor()).isNull();
  }

  @Test
  void streamReadsEveryHitPastOnePage() throws IOException {
    List<String> ids = new ArrayList<>();
    long n = search.stream(documents().text("council").build(), 40, hit -> ids.add(hit.id()));
    assertThat(n).isEqualTo(BULK_DOCUMENTS);
    assertThat(new HashSet<>(ids)).hasSize(BULK_DOCUMENTS);
  }

  @Test
  void injectionStringsAreRejectedOrReachNothing() throws IOException {
    // Catalogue case 62: search syntax cannot name fields or break out of the query.
    assertThatThrownBy(() -> documents().text("*:*")).isInstanceOf(InvalidParameterException.class);
    assertThat(search.page(documents().text("title:x OR case_id:*").build()).total()).isZero();
    assertThat(search.page(documents().text("_exists_:complainant_name").build()).total()).isZero();
    // A JSON break-out attempt is only words: it finds the one title that has the word "script".
    assertThat(search.page(documents().text("\" } }, \"script\"").build()).hits())
        .extracting(SearchHit::id)
        .containsExactly("d-script");
    assertThat(
            search
                .page(SearchQuery.builder(SearchKind.CLAIMS).text("_exists_:accuser.name").build())
                .total())
        .isZero();
    // Case 64: ids are pattern-checked.
    assertThatThrownBy(() -> documents().cases(List.of("../_all")))
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("case"));
  }

  @Test
  void expensiveShapesAreRefusedNamingTheParameter() {
    assertRefused(() -> documents().text("*arassment"), "q");
    assertRefused(() -> documents().text("(.*){20}"), "q");
    assertRefused(() -> documents().text("ab*"), "q");
    assertRefused(() -> documents().text("x ".repeat(10_000)), "q");
    assertRefused(() -> documents().size(100_000), "size");
    assertRefused(() -> documents().from(5_000), "from");
    assertRefused(() -> documents().entities(java.util.Collections.nCopies(10_000, "x")), "entity");
    assertRefused(() -> search.page(documents().cursor("not-a-cursor").build()), "cursor");
  }

  @Test
  void aCursorFromAnotherSortIsRefused() throws IOException {
    SearchPage page = search.page(documents().text("council").size(10).build());
    assertRefused(
        () ->
            search.page(
                documents()
                    .text("council")
                    .sort(SearchSort.OLDEST)
                    .cursor(page.nextCursor())
                    .build()),
        "cursor");
  }

  private static List<String> ids(SearchQuery.Builder builder) throws IOException {
    return search.page(builder.build()).hits().stream().map(SearchHit::id).toList();
  }

  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String parameter) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
  }
}
