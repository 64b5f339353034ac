package org.casewatch.ingest.revisit.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.casewatch.ingest.revisit.RevisitState;
import org.casewatch.model.Article;
import org.casewatch.model.Provenance;
import org.casewatch.model.Revision;
import org.junit.jupiter.api.Test;

class RevisitStateSerializerTest {

  private final RevisitStateSerializer serializer = RevisitStateSerializer.INSTANCE;

  @Test
  void roundTripKeepsEveryFieldIncludingLongBodiesAndNulls() throws IOException {
    String body = "Ünïcødé body ✓ ".repeat(10_000);
    Article article =
        new Article(
            "https://news.example/a",
            "https://news.example/a",
            "News",
            "Title",
            body,
            null,
            Instant.parse("2026-01-01T10:00:00.123456789Z"),
            new Provenance("news.example", "web", null, "abc", "group"),
            List.of(
                new Revision(Instant.parse("2026-01-02T10:00:00Z"), Revision.EDITED, 200, 5, "h1"),
                new Revision(
                    Instant.parse("2026-01-08T10:00:00Z"), Revision.DELETED, 410, -5, null)),
            true,
            true);
    RevisitState state = new RevisitState(article, "hash", 1234L, 1, 1, 99_999L);
    byte[] bytes = serializer.serialize(state);
    assertThat(serializer.deserialize(RevisitStateSerializer.VERSION, bytes)).isEqualTo(state);
  }

  @Test
  void minimalArticleRoundTrips() throws IOException {
    Article article =
        new Article("https://a.example/", "https://a.example/", "", "", "", null, Instant.EPOCH);
    RevisitState state = new RevisitState(article, "", 0, 0, 0, 0);
    assertThat(serializer.deserialize(RevisitStateSerializer.VERSION, serializer.serialize(state)))
        .isEqualTo(state);
  }

  @Test
  void version1StateWithoutTheEncodingFlagIsStillRead() throws IOException {
    Article article =
        new Article("https://a.example/", "https://a.example/", "", "", "x", null, Instant.EPOCH);
    RevisitState state = new RevisitState(article, "", 0, 0, 0, 0);
    byte[] v2 = serializer.serialize(state);
    // Version 1 is version 2 without the flag byte, which sits before the state's own fields:
    // bodyHash "" (4 bytes), firstSeen (8), next (4), attempt (4), timerAt (8).
    int flag = v2.length - 28 - 1;
    byte[] v1 = new byte[v2.length - 1];
    System.arraycopy(v2, 0, v1, 0, flag);
    System.arraycopy(v2, flag + 1, v1, flag, v2.length - flag - 1);
    RevisitState read = serializer.deserialize(1, v1);
    assertThat(read).isEqualTo(state);
    assertThat(read.article().encodingSuspect()).isFalse();
  }

  @Test
  void unknownVersionAndCorruptBytesAreRefused() throws IOException {
    Article article =
        new Article("https://a.example/", "https://a.example/", "", "", "x", null, Instant.EPOCH);
    byte[] bytes = serializer.serialize(new RevisitState(article, "", 0, 0, 0, 0));
    assertThatThrownBy(() -> serializer.deserialize(3, bytes)).isInstanceOf(IOException.class);
    byte[] corrupt = bytes.clone();
    corrupt[3] = 0x7f;
    assertThatThrownBy(() -> serializer.deserialize(1, corrupt)).isInstanceOf(IOException.class);
  }
}
