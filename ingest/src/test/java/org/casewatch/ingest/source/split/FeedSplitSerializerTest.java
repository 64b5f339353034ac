package org.casewatch.ingest.source.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeedSplitSerializerTest {

  private final FeedSplitSerializer serializer = FeedSplitSerializer.INSTANCE;

  private FeedSplit roundTrip(FeedSplit split) throws IOException {
    return serializer.deserialize(serializer.getVersion(), serializer.serialize(split));
  }

  @Test
  void roundTripsFreshAndFullSplits() throws IOException {
    FeedSplit fresh = FeedSplit.fresh("https://ledger.example/rss.xml");
    assertThat(roundTrip(fresh)).isEqualTo(fresh);

    FeedSplit full =
        new FeedSplit(
            "https://ledger.example/rss.xml?ü=1",
            IntStream.range(0, 10_000).mapToObj(i -> "id-" + i).toList(),
            "W/\"abc\"",
            "Tue, 05 Mar 2024 09:30:00 GMT");
    FeedSplit back = roundTrip(full);
    assertThat(back).isEqualTo(full);
    assertThat(back.splitId()).isEqualTo("https://ledger.example/rss.xml?ü=1");
    assertThat(back.seenIds()).startsWith("id-0", "id-1").endsWith("id-9999");
  }

  @Test
  void keepsNullValidatorsDistinctFromEmpty() throws IOException {
    FeedSplit split = new FeedSplit("https://a.example/", List.of("x"), "", null);
    FeedSplit back = roundTrip(split);
    assertThat(back.etag()).isEmpty();
    assertThat(back.lastModified()).isNull();
  }

  @Test
  void rejectsUnknownVersions() {
    assertThat(FeedSplitSerializer.VERSION).isEqualTo(1);
    assertThatThrownBy(() -> serializer.deserialize(99, new byte[0]))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("99");
  }
}
