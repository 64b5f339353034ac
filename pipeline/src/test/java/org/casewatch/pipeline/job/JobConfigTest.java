package org.casewatch.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.casewatch.index.client.ElasticsearchConnection;
import org.junit.jupiter.api.Test;

class JobConfigTest {

  private static final ElasticsearchConnection ES =
      ElasticsearchConnection.builder().url("http://127.0.0.1:9200").basicAuth("u", "p").build();

  private static JobConfig.Builder valid() {
    return JobConfig.builder()
        .feed("https://news.example/feed.xml")
        .elasticsearch(ES)
        .checkpointDirectory(Path.of("checkpoints"));
  }

  @Test
  void defaultsAreFilledIn() throws Exception {
    JobConfig config = valid().build();
    assertThat(config.feeds().get(0).pollInterval()).isEqualTo(JobConfig.DEFAULT_POLL_INTERVAL);
    assertThat(config.social()).isEmpty();
    assertThat(config.resume()).isFalse();
    assertThat(config.checkpointInterval()).isEqualTo(JobConfig.DEFAULT_CHECKPOINT_INTERVAL);
    assertThat(config.parallelism()).isEqualTo(1);
    assertThat(config.fetch()).isNotNull();
    assertThat(config.nlp()).isNotNull();
    assertThat(config.checkpointPath()).isAbsolute();
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(config); // shipped in the job graph: must serialize
    }
  }

  @Test
  void invalidValuesAreNamed() {
    assertThatThrownBy(() -> JobConfig.builder().elasticsearch(ES).build())
        .hasMessageContaining("at least one feed, sitemap, social query or archive");
    assertThatThrownBy(() -> valid().feed("file:///etc/passwd").build())
        .hasMessageContaining("http or https");
    assertThat(
            JobConfig.builder()
                .social(
                    org.casewatch.ingest.social.SocialQuery.mastodonTag(
                        "https://mastodon.social", "metoo"))
                .elasticsearch(ES)
                .checkpointDirectory(Path.of("c"))
                .build()
                .feeds())
        .isEmpty();
    assertThatThrownBy(() -> valid().parallelism(0).build()).hasMessageContaining("parallelism");
    assertThatThrownBy(() -> valid().checkpointInterval(Duration.ZERO).build())
        .hasMessageContaining("checkpointInterval");
    assertThatThrownBy(
            () ->
                JobConfig.builder()
                    .feed("https://a.example/f")
                    .checkpointDirectory(Path.of("c"))
                    .build())
        .hasMessageContaining("elasticsearch");
  }

  @Test
  void flinkConfigurationKeepsTheClusterOnLoopbackWithFileCheckpoints() {
    var conf = CasewatchJob.flinkConfiguration(valid().build());
    assertThat(conf.toMap())
        .containsEntry("execution.checkpointing.storage", "filesystem")
        .containsEntry("rest.bind-address", "127.0.0.1")
        .containsEntry("jobmanager.bind-host", "127.0.0.1")
        .containsEntry("taskmanager.bind-host", "127.0.0.1");
    assertThat(conf.toMap().get("execution.checkpointing.dir")).startsWith("file:");
  }
}
