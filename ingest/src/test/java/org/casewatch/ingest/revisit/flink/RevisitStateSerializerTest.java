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
    assertThat(serializer.deserialize(1, serializer.serialize(state))).isEqualTo(state);
  }

  @Test
  void unknownVersionAndCorruptBytesAreRefused() throws IOException {
    Article article =
        new Article("https://a.example/", "https://a.example/", "", "", "x", null, Instant.EPOCH);
    byte[] bytes = serializer.serialize(new RevisitState(article, "", 0, 0, 0, 0));
    assertThatThrownBy(() -> serializer.deserialize(2, bytes)).isInstanceOf(IOException.class);
    byte[] corrupt = bytes.clone();
    corrupt[3] = 0x7f;
    assertThatThrownBy(() -> serializer.deserialize(1, corrupt)).isInstanceOf(IOException.class);
  }
}
