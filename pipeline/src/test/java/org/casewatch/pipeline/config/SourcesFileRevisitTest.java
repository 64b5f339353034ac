package org.casewatch.pipeline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.casewatch.ingest.revisit.RevisitConfig;
import org.casewatch.pipeline.job.JobConfig;
import org.junit.jupiter.api.Test;

/** The {@code revisit:} key of the sources file. */
class SourcesFileRevisitTest {

  private static final Path FILE = Path.of("sources.yaml");
  private static final String FEED = "feeds:\n  - url: https://news.example/rss\n";

  @Test
  void absentKeyMeansTheDefaultPlan() {
    assertThat(SourcesFile.parse(FILE, FEED).revisit()).isEqualTo(RevisitConfig.defaults());
  }

  @Test
  void listOfDurationsIsThePlan() {
    Sources sources = SourcesFile.parse(FILE, FEED + "revisit: [6h, 1d, 7d]\n");
    assertThat(sources.revisit().delays())
        .containsExactly(Duration.ofHours(6), Duration.ofDays(1), Duration.ofDays(7));
    assertThat(sources.revisit().retryDelay()).isEqualTo(RevisitConfig.DEFAULT_RETRY_DELAY);
  }

  @Test
  void emptyListDisablesRevisits() {
    assertThat(SourcesFile.parse(FILE, FEED + "revisit: []\n").revisit().enabled()).isFalse();
  }

  @Test
  void unorderedOrTooShortDelaysAreErrorsNamingTheKey() {
    assertThatThrownBy(() -> SourcesFile.parse(FILE, FEED + "revisit: [7d, 1d]\n"))
        .isInstanceOf(SourcesFileException.class)
        .hasMessageContaining("revisit")
        .hasMessageContaining("ascending");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, FEED + "revisit: [10s]\n"))
        .isInstanceOf(SourcesFileException.class)
        .hasMessageContaining("revisit[0]");
    assertThatThrownBy(() -> SourcesFile.parse(FILE, FEED + "revisit: 24h\n"))
        .isInstanceOf(SourcesFileException.class)
        .hasMessageContaining("must be a list");
  }

  @Test
  void jobConfigTakesThePlanFromTheSources() {
    Sources sources = SourcesFile.parse(FILE, FEED + "revisit: []\n");
    JobConfig config =
        JobConfig.builder()
            .sources(sources)
            .elasticsearch(
                org.casewatch.index.client.ElasticsearchConnection.builder()
                    .url("http://127.0.0.1:9200")
                    .apiKey("k")
                    .build())
            .checkpointDirectory(Path.of("checkpoints"))
            .build();
    assertThat(config.revisit().enabled()).isFalse();
    assertThat(JobConfig.builder().revisit(RevisitConfig.defaults())).isNotNull();
  }
}
