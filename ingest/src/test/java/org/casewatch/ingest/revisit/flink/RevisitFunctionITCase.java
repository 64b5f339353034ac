package org.casewatch.ingest.revisit.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.politeness.PolitenessConfig;
import org.casewatch.ingest.revisit.RevisitConfig;
import org.casewatch.ingest.revisit.Revisits;
import org.casewatch.ingest.testutil.LocalServer;
import org.casewatch.ingest.testutil.SuppressForbidden;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.FeedItem;
import org.casewatch.model.Revision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The revisit operator in Flink's keyed operator harness (real keyed state, checkpoint and restore,
 * processing-time timers driven by the test) against pages on loopback HTTP.
 */
@SuppressForbidden(reason = "the JDK HTTP server is the loopback test fixture")
class RevisitFunctionITCase {

  private static final long FIRST = 60_000;
  private static final long SECOND = 120_000;
  private static final long RETRY = 10_000;

  private record Answer(int status, String type, String body) {}

  private final Map<String, Answer> pages = new ConcurrentHashMap<>();
  private LocalServer server;
  private FetchConfig fetch;

  @BeforeEach
  void start() throws Exception {
    server = LocalServer.start();
    server.route(
        "/",
        ex -> {
          Answer a = pages.get(ex.getRequestURI().getPath());
          if (a == null) {
            LocalServer.respond(ex, 404, "text/plain", "not found");
          } else {
            LocalServer.respond(ex, a.status(), a.type(), a.body());
          }
        });
    fetch = FetchConfig.builder().allowAddress("127.0.0.1:" + server.port()).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void page(String path, String text) {
    pages.put(
        path,
        new Answer(
            200,
            "text/html; charset=utf-8",
            "<html><head><title>Story</title></head><body><article><h1>Story</h1><p>"
                + text
                + "</p><p>The harbour council met on Tuesday to discuss the budget of the pier.</p>"
                + "</article></body></html>"));
  }

  private Article firstFetch(String path) {
    String url = server.base() + path;
    return new ArticleLoader(new HttpFetcher(fetch), new ArticleExtractor(), Clock.systemUTC())
        .load(new FeedItem(url, path, url, "", null))
        .article();
  }

  private KeyedOneInputStreamOperatorTestHarness<String, Article, Article> harness()
      throws Exception {
    RevisitFunction function =
        new RevisitFunction(
            fetch,
            PolitenessConfig.defaults().withMinDelay(Duration.ZERO),
            new RevisitConfig(
                List.of(Duration.ofMillis(FIRST), Duration.ofMillis(SECOND)),
                Duration.ofMillis(RETRY)));
    return new KeyedOneInputStreamOperatorTestHarness<>(
        new KeyedProcessOperator<>(function), Article::id, Types.STRING);
  }

  @Test
  void editThenTakeDownSurviveARestoreAndStateEndsAfterTheLastRevisit() throws Exception {
    page("/a", "The first version of the story about the mayor.");
    Article first = firstFetch("/a");
    OperatorSubtaskState snapshot;
    try (var h = harness()) {
      h.open();
      h.setProcessingTime(0);
      h.processElement(new StreamRecord<>(first));
      assertThat(h.extractOutputValues()).containsExactly(first);
      snapshot = h.snapshot(1, 1);
    }
    page("/a", "The second version of the story about the mayor, with a correction added.");
    try (var h = harness()) {
      h.initializeState(snapshot);
      h.open();
      h.setProcessingTime(FIRST);
      List<Article> out = h.extractOutputValues();
      assertThat(out).hasSize(1);
      Article edited = out.get(0);
      assertThat(edited.id()).isEqualTo(first.id());
      assertThat(edited.body()).contains("correction");
      assertThat(edited.revisions())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.kind()).isEqualTo(Revision.EDITED);
                assertThat(r.sizeChange())
                    .isEqualTo(edited.body().length() - first.body().length());
              });
      pages.put("/a", new Answer(410, "text/html", "gone"));
      h.setProcessingTime(SECOND);
      out = h.extractOutputValues();
      assertThat(out).hasSize(2);
      Article gone = out.get(1);
      assertThat(gone.deleted()).isTrue();
      assertThat(gone.body()).isEqualTo(edited.body());
      assertThat(gone.revisions())
          .extracting(Revision::kind)
          .containsExactly(Revision.EDITED, Revision.DELETED);
      assertThat(h.numKeyedStateEntries()).isZero();
      assertThat(h.numProcessingTimeTimers()).isZero();
    }
  }

  @Test
  void unchangedPageIsNoEventAndAFlakyOneIsRetriedOnceThenDeadLettered() throws Exception {
    page("/same", "A story that nobody edits.");
    page("/flaky", "A story on a struggling server.");
    Article same = firstFetch("/same");
    Article flaky = firstFetch("/flaky");
    pages.put("/flaky", new Answer(503, "text/plain", "busy"));
    try (var h = harness()) {
      h.open();
      h.setProcessingTime(0);
      h.processElement(new StreamRecord<>(same));
      h.processElement(new StreamRecord<>(flaky));
      h.setProcessingTime(FIRST);
      assertThat(h.extractOutputValues()).containsExactly(same, flaky);
      assertThat(h.getSideOutput(RevisitFunction.DEAD_LETTERS)).isNullOrEmpty();
      h.setProcessingTime(FIRST + RETRY);
      List<DeadLetter> letters =
          h.getSideOutput(RevisitFunction.DEAD_LETTERS).stream()
              .map(StreamRecord::getValue)
              .toList();
      assertThat(letters)
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.stage()).isEqualTo(Revisits.STAGE);
                assertThat(l.errorType()).isEqualTo(Revisits.REVISIT_FAILED);
                assertThat(l.status()).isEqualTo(503);
                assertThat(l.id()).isEqualTo(Revisits.deadLetterId(flaky.id(), 1));
              });
      h.setProcessingTime(SECOND);
      assertThat(h.getSideOutput(RevisitFunction.DEAD_LETTERS)).hasSize(1);
      h.setProcessingTime(SECOND + 2 * RETRY);
      assertThat(h.extractOutputValues()).hasSize(2);
      assertThat(h.getSideOutput(RevisitFunction.DEAD_LETTERS)).hasSize(2);
      assertThat(h.numKeyedStateEntries()).isZero();
    }
  }

  @Test
  void anArticleSeenAgainIsForwardedWithoutASecondPlan() throws Exception {
    page("/b", "A story linked from two feeds.");
    Article b = firstFetch("/b");
    try (var h = harness()) {
      h.open();
      h.setProcessingTime(0);
      h.processElement(new StreamRecord<>(b));
      h.processElement(new StreamRecord<>(b));
      assertThat(h.extractOutputValues()).hasSize(2);
      assertThat(h.numProcessingTimeTimers()).isEqualTo(1);
    }
  }
}
