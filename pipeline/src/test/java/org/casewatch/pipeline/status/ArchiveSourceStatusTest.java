package org.casewatch.pipeline.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casewatch.ingest.status.ArchiveProgress;
import org.casewatch.ingest.status.ArchiveProgress.State;
import org.junit.jupiter.api.Test;

/** The status of archive sources: progress, done, failed and partial, stored and shown. */
class ArchiveSourceStatusTest {

  private static final String PATH = "backfill/CC-NEWS-1.warc.gz";
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private static ArchiveProgress progress(
      long seconds, long records, long bytes, State state, String reason) {
    return new ArchiveProgress(
        PATH, "warc", T0.plusSeconds(seconds), records, bytes, 1000, state, reason);
  }

  private static SourceStatus fresh() {
    return SourceStatus.fresh(PATH, ArchiveProgress.KIND, null);
  }

  @Test
  void progressReplacesTheLastAndRecordsReadAreTheItemsSeen() {
    SourceStatus s =
        fresh()
            .apply(progress(0, 0, 0, State.RUNNING, ""))
            .apply(progress(60, 40, 400, State.RUNNING, ""))
            .apply(progress(90, 100, 1000, State.DONE, ""));
    assertThat(s.archive().state()).isEqualTo(State.DONE);
    assertThat(s.archive().percent()).isEqualTo(100.0);
    assertThat(s.itemsSeen()).isEqualTo(100);
    assertThat(s.firstPollAt()).isEqualTo(T0);
    assertThat(s.lastSuccessAt()).isEqualTo(T0.plusSeconds(90));
    assertThat(s.lastNewItemAt()).isEqualTo(T0.plusSeconds(90));
    assertThat(s.polls()).isEqualTo(1);
    assertThat(s.errors()).isEmpty();
    assertThat(s.isArchive()).isTrue();
  }

  @Test
  void aRestartFromTheStartDoesNotAddRecordsTwice() {
    SourceStatus s =
        fresh()
            .apply(progress(0, 50, 500, State.PARTIAL, "stopped"))
            .apply(progress(100, 0, 0, State.RUNNING, ""))
            .apply(progress(200, 100, 1000, State.DONE, ""));
    assertThat(s.itemsSeen()).isEqualTo(100);
    assertThat(s.archive().state()).isEqualTo(State.DONE);
  }

  @Test
  void partialIsNotASuccessAndFailedCountsAsAnError() {
    SourceStatus partial = fresh().apply(progress(10, 30, 300, State.PARTIAL, "stopped"));
    assertThat(partial.lastSuccessAt()).isNull();
    assertThat(partial.archive().percent()).isEqualTo(30.0);
    assertThat(partial.polls()).isZero();

    SourceStatus failed = partial.apply(progress(20, 31, 310, State.FAILED, "unreadable: EOF"));
    assertThat(failed.errors()).containsExactly(Map.entry(SourceStatus.ARCHIVE_UNREADABLE, 1L));
    assertThat(failed.failedPolls()).isEqualTo(1);
    assertThat(failed.lastErrorMessage()).isEqualTo("unreadable: EOF");
    assertThat(failed.lastSuccessAt()).isNull();
  }

  @Test
  void progressOfAnotherFileIsRefused() {
    assertThatThrownBy(
            () ->
                fresh()
                    .apply(
                        new ArchiveProgress("other.warc", "warc", T0, 0, 0, 0, State.RUNNING, "")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anArchiveIsNeverSilent() {
    SourceStatus s = fresh().apply(progress(0, 10, 100, State.PARTIAL, "stopped"));
    assertThat(SilenceRule.judge(s, T0.plus(Duration.ofDays(30))).silent()).isFalse();
  }

  @Test
  void documentRoundTripKeepsTheProgress() throws Exception {
    SourceStatus s = fresh().apply(progress(10, 30, 300, State.PARTIAL, "stopped early"));
    Map<String, Object> doc = SourceStatusDocument.of(s, T0.plusSeconds(11));
    @SuppressWarnings("unchecked")
    Map<String, Object> archive = (Map<String, Object>) doc.get("archive");
    assertThat(archive)
        .containsEntry("state", "partial")
        .containsEntry("format", "warc")
        .containsEntry("records_read", 30L)
        .containsEntry("bytes_read", 300L)
        .containsEntry("size_bytes", 1000L)
        .containsEntry("percent", 30.0);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode json = mapper.readTree(mapper.writeValueAsString(doc));
    assertThat(SourceStatusDocument.from(json)).isEqualTo(s);
  }

  @Test
  void unknownStoredStateIsDroppedNotFatal() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(
                "{\"source_id\":\"a.warc\",\"kind\":\"archive\",\"archive\":{\"state\":\"odd\"}}");
    SourceStatus s = SourceStatusDocument.from(json);
    assertThat(s.archive()).isNull();
    assertThat(s.isArchive()).isTrue();
  }

  @Test
  void feedsHaveNoArchiveRowsAndArchivesShowStateRecordsBytesAndReason() {
    SourceStatus feed = SourceStatus.fresh("https://news.example/rss", "feed", null);
    assertThat(SourceStatusReport.archives(List.of(feed), t -> t)).isEmpty();

    SourceStatus done = fresh().apply(progress(0, 150, 1000, State.DONE, ""));
    SourceStatus partial =
        SourceStatus.fresh("posts.jsonl", ArchiveProgress.KIND, null)
            .apply(
                new ArchiveProgress(
                    "posts.jsonl",
                    "jsonl",
                    T0,
                    70,
                    3 * 1024 * 1024,
                    8 * 1024 * 1024,
                    State.PARTIAL,
                    "stopped before the end"));
    List<String> lines = SourceStatusReport.archives(List.of(done, partial), t -> t);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("ARCHIVE", "STATE", "RECORDS READ", "PROGRESS");
    assertThat(lines.get(1)).contains(PATH, "warc", "done", "150", "1000 B / 1000 B", "100.0%");
    assertThat(lines.get(2))
        .contains("jsonl", "partial", "70", "3.0 MiB / 8.0 MiB", "37.5%", "stopped before");
    assertThat(SourceStatusReport.json(partial, T0).get("archive")).isInstanceOf(Map.class);
  }

  @Test
  void humanBytes() {
    assertThat(SourceStatusReport.bytes(0)).isEqualTo("0 B");
    assertThat(SourceStatusReport.bytes(1536)).isEqualTo("1.5 KiB");
    assertThat(SourceStatusReport.bytes(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GiB");
  }
}
