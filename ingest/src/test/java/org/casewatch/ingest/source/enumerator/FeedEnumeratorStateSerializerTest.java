package org.casewatch.ingest.source.enumerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.casewatch.ingest.source.split.FeedSplit;
import org.junit.jupiter.api.Test;

class FeedEnumeratorStateSerializerTest {

  private final FeedEnumeratorStateSerializer serializer = new FeedEnumeratorStateSerializer();

  @Test
  void roundTripsEmptyAndPendingStates() throws IOException {
    FeedEnumeratorState empty = new FeedEnumeratorState(List.of());
    assertThat(serializer.deserialize(serializer.getVersion(), serializer.serialize(empty)))
        .isEqualTo(empty);

    FeedEnumeratorState pending =
        new FeedEnumeratorState(
            List.of(
                FeedSplit.fresh("https://a.example/rss"),
                new FeedSplit("https://b.example/atom", List.of("1", "2"), "\"e\"", null)));
    assertThat(serializer.deserialize(serializer.getVersion(), serializer.serialize(pending)))
        .isEqualTo(pending);
  }

  @Test
  void rejectsUnknownVersions() {
    assertThat(FeedEnumeratorStateSerializer.VERSION).isEqualTo(1);
    assertThatThrownBy(() -> serializer.deserialize(2, new byte[0]))
        .isInstanceOf(IOException.class);
  }
}
