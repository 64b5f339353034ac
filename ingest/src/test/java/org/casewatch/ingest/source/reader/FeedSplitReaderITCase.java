package org.casewatch.ingest.source.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.metrics.SimpleCounter;
import org.casewatch.ingest.feed.FeedParser;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.fetch.HttpFetcher;
import org.casewatch.ingest.source.split.FeedSplit;
import org.casewatch.ingest.testutil.NewsSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The split reader polling a real feed server on loopback. */
class FeedSplitReaderITCase {

  private static NewsSite site;
  private static final FetchConfig CONFIG =
      FetchConfig.builder().allowAddress("127.0.0.1").totalTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    site = NewsSite.start();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static FeedSplitReader reader(boolean bounded, SimpleCounter errors) {
    return new FeedSplitReader(
        new HttpFetcher(CONFIG), new FeedParser(), bounded, Duration.ofMillis(1), 100, errors);
  }

  private static final class Drained {
    final List<FeedRecord> records = new ArrayList<>();
    final List<String> finished = new ArrayList<>();
  }

  private static Drained drain(RecordsWithSplitIds<FeedRecord> batch) {
    Drained d = new Drained();
    while (batch.nextSplit() != null) {
      FeedRecord r;
      while ((r = batch.nextRecordFromSplit()) != null) {
        d.records.add(r);
      }
    }
    d.finished.addAll(batch.finishedSplits());
    return d;
  }

  @Test
  void continuousModeEmitsOnlyNewItemsOnEachPoll() throws Exception {
    SimpleCounter errors = new SimpleCounter();
    FeedSplitReader reader = reader(false, errors);
    reader.handleSplitsChanges(new SplitsAddition<>(List.of(FeedSplit.fresh(site.feedUrl()))));

    Drained first = drain(reader.fetch());
    assertThat(first.records).filteredOn(r -> r.item() != null).hasSize(NewsSite.ARTICLES + 1);
    assertThat(first.records.get(first.records.size() - 1).item()).isNull(); // validators last
    assertThat(first.finished).isEmpty();

    int before = site.feedRequests();
    Drained second = new Drained();
    for (int i = 0; i < 50 && site.feedRequests() == before; i++) {
      second = drain(reader.fetch());
    }
    assertThat(site.feedRequests()).isGreaterThan(before);
    assertThat(second.records).filteredOn(r -> r.item() != null).isEmpty();
    assertThat(errors.getCount()).isZero();
    reader.close();
  }

  @Test
  void restoredSplitSkipsItemsAlreadyEmitted() throws Exception {
    FeedSplitReader first = reader(true, new SimpleCounter());
    first.handleSplitsChanges(new SplitsAddition<>(List.of(FeedSplit.fresh(site.feedUrl()))));
    List<String> ids = new ArrayList<>();
    for (FeedRecord r : drain(first.fetch()).records) {
      if (r.item() != null) {
        ids.add(r.item().itemId());
      }
    }
    FeedSplit checkpointed = new FeedSplit(site.feedUrl(), ids.subList(0, 4), null, null);

    FeedSplitReader restored = reader(true, new SimpleCounter());
    restored.handleSplitsChanges(new SplitsAddition<>(List.of(checkpointed)));
    Drained again = drain(restored.fetch());
    assertThat(again.records)
        .filteredOn(r -> r.item() != null)
        .extracting(r -> r.item().itemId())
        .containsExactlyElementsOf(ids.subList(4, ids.size()));
    assertThat(again.finished).containsExactly(site.feedUrl());
  }

  @Test
  void failingFeedsAreCountedAndFinishInBoundedMode() throws Exception {
    SimpleCounter errors = new SimpleCounter();
    FeedSplitReader reader = reader(true, errors);
    reader.handleSplitsChanges(
        new SplitsAddition<>(
            List.of(
                FeedSplit.fresh(site.brokenFeedUrl()), FeedSplit.fresh(site.garbageFeedUrl()))));

    List<String> finished = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Drained d = drain(reader.fetch());
      assertThat(d.records).isEmpty();
      finished.addAll(d.finished);
    }
    assertThat(finished).containsExactlyInAnyOrder(site.brokenFeedUrl(), site.garbageFeedUrl());
    assertThat(errors.getCount()).isEqualTo(2);
  }
}
