package org.casewatch.ingest.social.source.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.metrics.SimpleCounter;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.social.SocialPollConfig;
import org.casewatch.ingest.social.SocialPollers;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.source.split.SocialSplit;
import org.casewatch.ingest.social.source.split.SocialSplitState;
import org.casewatch.ingest.social.testutil.SocialApiServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The split reader against a loopback Mastodon (reliability cases 49 and 50): a 429 delays the next
 * request until the reset and loses nothing; a restart from a checkpointed split, with or without
 * its cursor being rejected, emits every post exactly once.
 */
class SocialSplitReaderITCase {

  private static final FetchConfig FETCH =
      FetchConfig.builder().allowAddress("127.0.0.1").totalTimeout(Duration.ofSeconds(10)).build();
  private static final List<String> ALL = List.of("7", "6", "5", "4", "3", "2", "1");

  private SocialApiServer server;
  private SocialMetrics metrics;
  private SocialQuery query;

  @BeforeEach
  void start() throws Exception {
    server = SocialApiServer.start();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int id = 1; id <= 7; id++) {
      server.addMastodon(id, now.minus(Duration.ofMinutes(60 - id)), "<p>post " + id + "</p>");
    }
    metrics =
        new SocialMetrics(
            new SimpleCounter(), new SimpleCounter(), new SimpleCounter(), new SimpleCounter());
    query = SocialQuery.mastodonTag(server.base(), "metoo");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SocialSplitReader reader(SocialSplit split) {
    HttpFetcher fetcher = new HttpFetcher(FETCH);
    SocialPollConfig config = SocialPollConfig.builder().pageLimit(3).build();
    Clock clock = Clock.systemUTC();
    SocialSplitReader reader =
        new SocialSplitReader(
            q -> SocialPollers.create(q, fetcher, config, clock),
            true,
            Duration.ofMinutes(5),
            1_000,
            metrics,
            clock);
    reader.handleSplitsChanges(new SplitsAddition<>(List.of(split)));
    return reader;
  }

  /**
   * Runs fetches through the emitter's logic into {@code state} (the checkpointed copy) until the
   * split finishes or {@code maxPostBatches} batches with posts were emitted.
   */
  private static List<String> run(
      SocialSplitReader reader, SocialSplitState state, int maxPostBatches) {
    List<String> emitted = new ArrayList<>();
    int batches = 0;
    for (int i = 0; i < 1_000; i++) {
      RecordsWithSplitIds<SocialRecord> records = reader.fetch();
      boolean posts = false;
      while (records.nextSplit() != null) {
        SocialRecord record;
        while ((record = records.nextRecordFromSplit()) != null) {
          if (record.post() == null) {
            state.setCursor(record.cursor());
          } else if (state.markSeen(record.post().postId())) {
            emitted.add(record.post().postId());
            posts = true;
          }
        }
      }
      boolean finished = !records.finishedSplits().isEmpty();
      records.recycle();
      if (finished || (posts && ++batches >= maxPostBatches)) {
        return emitted;
      }
    }
    throw new AssertionError("split reader did not finish");
  }

  @Test
  void rateLimitDelaysTheNextRequestUntilTheResetAndKeepsTheCursor() {
    SocialSplit split = SocialSplit.fresh(query);
    SocialSplitState state = new SocialSplitState(split, 1_000);
    SocialSplitReader reader = reader(split);
    List<String> emitted = new ArrayList<>(run(reader, state, 1));
    String cursorBefore = state.cursor().next();

    Instant reset = Instant.now().plusMillis(1_500);
    server.failNext(
        Map.of(
            "status", "429", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", reset.toString()));
    emitted.addAll(run(reader, state, 10));

    assertThat(emitted).containsExactlyElementsOf(ALL);
    assertThat(metrics.rateLimited().getCount()).isEqualTo(1);
    List<SocialApiServer.Request> requests = server.requests();
    assertThat(requests.get(1).status()).isEqualTo(429);
    assertThat(requests.get(1).params()).containsEntry("max_id", "5");
    // The refused page is asked again, with the same cursor, not before the reset.
    assertThat(requests.get(2).params()).containsEntry("max_id", "5");
    assertThat(cursorBefore).contains("max_id=5");
    assertThat(requests.get(2).at()).isAfterOrEqualTo(reset);
  }

  @Test
  void restartFromACheckpointedSplitEmitsEveryPostOnce() {
    SocialSplit split = SocialSplit.fresh(query);
    SocialSplitState checkpoint = new SocialSplitState(split, 1_000);
    List<String> before = run(reader(split), checkpoint, 1);
    assertThat(before).containsExactly("7", "6", "5");

    SocialSplit restored = checkpoint.toSplit();
    SocialSplitState after = new SocialSplitState(restored, 1_000);
    List<String> rest = run(reader(restored), after, 10);

    List<String> all = new ArrayList<>(before);
    all.addAll(rest);
    assertThat(all).containsExactlyElementsOf(ALL);
    assertThat(server.requests().get(1).params()).containsEntry("max_id", "5");
  }

  @Test
  void restartWithARejectedCursorResyncsWithoutDuplicatesOrGaps() {
    SocialSplit split = SocialSplit.fresh(query);
    SocialSplitState checkpoint = new SocialSplitState(split, 1_000);
    List<String> before = run(reader(split), checkpoint, 1);
    server.addMastodon(
        8, Instant.now().minusSeconds(10), "<p>post 8, written during the outage</p>");

    server.failNext(Map.of("status", "400"));
    SocialSplit restored = checkpoint.toSplit();
    List<String> rest = run(reader(restored), new SocialSplitState(restored, 1_000), 10);

    List<String> all = new ArrayList<>(before);
    all.addAll(rest);
    assertThat(all).containsExactlyInAnyOrder("8", "7", "6", "5", "4", "3", "2", "1");
    assertThat(all).doesNotHaveDuplicates();
    assertThat(metrics.gaps().getCount()).isZero();
    List<SocialApiServer.Request> requests = server.requests();
    assertThat(requests.get(1).status()).isEqualTo(400);
    assertThat(requests.get(2).params()).doesNotContainKeys("max_id", "since_id");
  }

  @Test
  void failedPollsAreCountedAndFinishABoundedSplit() {
    server.failNext(Map.of("status", "500"));
    SocialSplit split = SocialSplit.fresh(query);
    List<String> emitted = run(reader(split), new SocialSplitState(split, 1_000), 10);
    assertThat(emitted).isEmpty();
    assertThat(metrics.errors().getCount()).isEqualTo(1);
  }
}
