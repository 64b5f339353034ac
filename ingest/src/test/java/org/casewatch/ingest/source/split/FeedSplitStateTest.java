package org.casewatch.ingest.source.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedSplitStateTest {

  @Test
  void remembersAtMostTheBoundForgettingTheOldestFirst() {
    FeedSplitState state =
        new FeedSplitState(new FeedSplit("https://a.example/", List.of("a", "b"), null, null), 3);
    assertThat(state.markSeen("b")).isFalse();
    assertThat(state.markSeen("c")).isTrue();
    assertThat(state.markSeen("d")).isTrue();

    assertThat(state.isSeen("a")).isFalse();
    assertThat(state.toSplit().seenIds()).containsExactly("b", "c", "d");
  }

  @Test
  void snapshotCarriesValidators() {
    FeedSplitState state = new FeedSplitState(FeedSplit.fresh("https://a.example/"), 10);
    state.setValidators("\"v1\"", "Tue, 05 Mar 2024 09:30:00 GMT");
    FeedSplit split = state.toSplit();
    assertThat(split.etag()).isEqualTo("\"v1\"");
    assertThat(split.lastModified()).isEqualTo("Tue, 05 Mar 2024 09:30:00 GMT");
    assertThat(new FeedSplitState(split, 10).toSplit()).isEqualTo(split);
  }
}
