package org.casewatch.ingest.social.source.enumerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.casewatch.ingest.social.SocialQuery;
import org.casewatch.ingest.social.source.split.SocialSplit;
import org.junit.jupiter.api.Test;

class SocialEnumeratorStateSerializerTest {

  @Test
  void roundTrip() throws IOException {
    SocialEnumeratorStateSerializer serializer = new SocialEnumeratorStateSerializer();
    SocialEnumeratorState state =
        new SocialEnumeratorState(
            List.of(
                SocialSplit.fresh(SocialQuery.mastodonTag("https://mastodon.social", "metoo")),
                SocialSplit.fresh(SocialQuery.redditNew("https://www.reddit.com", "metoo"))));
    SocialEnumeratorState back =
        serializer.deserialize(serializer.getVersion(), serializer.serialize(state));
    assertThat(back).isEqualTo(state);
    SocialEnumeratorState empty = new SocialEnumeratorState(List.of());
    assertThat(
            serializer.deserialize(
                SocialEnumeratorStateSerializer.VERSION, serializer.serialize(empty)))
        .isEqualTo(empty);
    assertThatThrownBy(() -> serializer.deserialize(99, serializer.serialize(state)))
        .isInstanceOf(IOException.class);
  }
}
