package org.casewatch.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.casewatch.index.client.ElasticsearchConnection;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveFormat;
import org.casewatch.pipeline.config.SitemapSubscription;
import org.junit.jupiter.api.Test;

/** The job graph wires sitemaps into the fetch step, keyed by host, and archives past it. */
class CasewatchJobGraphTest {

  @Test
  void sitemapsAndArchivesHaveStableOperatorsAndFetchIsKeyedByHost() {
    JobConfig config =
        JobConfig.builder()
            .sitemap(
                new SitemapSubscription(
                    "https://news.example/sitemap-news.xml", Duration.ofMinutes(15)))
            .sitemap(new SitemapSubscription("https://news.example/index.xml", Duration.ofDays(1)))
            .archive(ArchiveFile.warc("backfill/a.warc.gz"))
            .archive(
                new ArchiveFile(
                    "posts.jsonl", ArchiveFormat.JSONL, Map.of("id", "/id", "text", "/text")))
            .elasticsearch(
                ElasticsearchConnection.builder()
                    .url("http://127.0.0.1:9200")
                    .basicAuth("u", "p")
                    .build())
            .checkpointDirectory(Path.of("checkpoints"))
            .bounded(true)
            .build();
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    CasewatchJob.define(env, config);
    StreamGraph graph = env.getStreamGraph();
    List<String> uids = new ArrayList<>();
    StreamNode fetch = null;
    for (StreamNode node : graph.getStreamNodes()) {
      uids.add(node.getTransformationUID());
      if ("fetch-article".equals(node.getTransformationUID())) {
        fetch = node;
      }
    }
    assertThat(uids)
        .contains("sitemaps-PT15M", "sitemaps-PT24H", "archive-source", "archive-router");
    assertThat(fetch).isNotNull();
    assertThat(fetch.getStatePartitioners()).isNotEmpty(); // keyed by host
  }
}
