package org.casewatch.ingest.archive.source.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveFormat;
import org.casewatch.ingest.archive.ArchiveItem;
import org.casewatch.ingest.archive.source.enumerator.ArchiveEnumeratorState;
import org.casewatch.ingest.archive.source.enumerator.ArchiveEnumeratorStateSerializer;
import org.junit.jupiter.api.Test;

class ArchiveSplitSerializerTest {

  private static final ArchiveFile POSTS =
      new ArchiveFile(
          "exports/posts.jsonl",
          ArchiveFormat.JSONL,
          Map.of("id", "/id", "text", "/content", "published", "created_at"));

  @Test
  void splitsRoundTrip() throws IOException {
    ArchiveSplitSerializer serializer = ArchiveSplitSerializer.INSTANCE;
    for (ArchiveSplit split :
        List.of(
            ArchiveSplit.fresh(ArchiveFile.warc("cc/CC-NEWS-1.warc.gz")),
            new ArchiveSplit(POSTS, 123_456_789_012L, 4_321))) {
      ArchiveSplit back =
          serializer.deserialize(serializer.getVersion(), serializer.serialize(split));
      assertThat(back).isEqualTo(split);
      assertThat(back.splitId()).isEqualTo(split.splitId());
    }
    assertThat(ArchiveSplit.fresh(POSTS).isFresh()).isTrue();
    assertThat(ArchiveSplit.fresh(POSTS).splitId()).isEqualTo("jsonl:exports/posts.jsonl");
    assertThatThrownBy(() -> serializer.deserialize(99, new byte[0]))
        .hasMessageContaining("version 99");
  }

  @Test
  void enumeratorStateRoundTrips() throws IOException {
    ArchiveEnumeratorStateSerializer serializer = new ArchiveEnumeratorStateSerializer();
    ArchiveEnumeratorState state =
        new ArchiveEnumeratorState(
            List.of(ArchiveSplit.fresh(ArchiveFile.warc("a.warc")), new ArchiveSplit(POSTS, 7, 2)));
    assertThat(serializer.deserialize(serializer.getVersion(), serializer.serialize(state)))
        .isEqualTo(state);
    assertThatThrownBy(() -> serializer.deserialize(2, new byte[0]))
        .hasMessageContaining("version 2");
  }

  @Test
  void stateAdvancesToTheLastHandledRecord() {
    ArchiveSplitState state = new ArchiveSplitState(ArchiveSplit.fresh(POSTS));
    state.advance(ArchiveItem.skipped(40, 3));
    assertThat(state.recordNumber()).isEqualTo(3);
    assertThat(state.toSplit()).isEqualTo(new ArchiveSplit(POSTS, 40, 3));
  }
}
