package org.casewatch.pipeline.revisit;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.apache.flink.core.execution.JobClient;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.ingest.fetch.FetchConfig;
import org.casewatch.ingest.revisit.RevisitConfig;
import org.casewatch.ingest.revisit.Revisits;
import org.casewatch.model.Ids;
import org.casewatch.pipeline.ExternalCluster;
import org.casewatch.pipeline.config.FeedSubscription;
import org.casewatch.pipeline.job.CasewatchJob;
import org.casewatch.pipeline.job.JobConfig;
import org.casewatch.pipeline.status.MutableSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revisits inside the real job (MiniCluster, CoreNLP, managed Elasticsearch) against a loopback
 * site, with revisit delays of seconds: one page edited, one taken down (410), one unchanged and
 * one failing with 503 at its revisit and its retry. Assertions are on the stored documents.
 */
@ExtendWith(ElasticsearchExtension.class)
class RevisitITCase {

  private static final Duration FIRST = Duration.ofSeconds(15);
  private static final Duration SECOND = Duration.ofSeconds(30);
  private static final Duration RETRY = Duration.ofSeconds(2);
  private static final Duration PATIENCE = Duration.ofMinutes(6);

  @TempDir static Path checkpoints;

  private static MutableSite site;
  private static ElasticsearchClient client;

  @BeforeAll
  static void setUp() throws Exception {
    client = ElasticsearchExtension.client();
    ExternalCluster.resetIndices(client);
    site = MutableSite.start();
    site.put("/robots.txt", 404, "text/plain", "");
    StringBuilder feed =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Revisits</title><link>"
                + site.base()
                + "/</link><description>d</description>");
    for (String name : List.of("edited", "deleted", "unchanged", "flaky")) {
      site.put("/" + name + ".html", 200, "text/html; charset=utf-8", page(name, ""));
      feed.append("<item><title>")
          .append(name)
          .append("</title><link>")
          .append(site.url("/" + name + ".html"))
          .append("</link><guid>")
          .append(name)
          .append("</guid></item>");
    }
    site.put("/feed.xml", 200, "application/rss+xml", feed.append("</channel></rss>").toString());
  }

  @AfterAll
  static void tearDown() {
    site.close();
  }

  private static String page(String name, String extra) {
    return "<!DOCTYPE html><html><head><meta charset=utf-8><title>The "
        + name
        + " story</title></head><body><nav><a href=/>Home</a></nav><article><h1>The "
        + name
        + " story</h1><p>The harbour council of Wrenmouth met on Tuesday evening to discuss the"
        + " budget for the coming year and the repairs to the old pier.</p><p>Residents asked"
        + " the council to publish the full report on the ferry contract before the vote in"
        + " March.</p><p>The mayor said the report would be published next week.</p>"
        + extra
        + "</article><footer>Contact us</footer></body></html>";
  }

  @Test
  void editsDeletionsAndFailuresBecomeEventsOnTheDocuments() throws Exception {
    JobConfig config =
        JobConfig.builder()
            .feed(new FeedSubscription(site.url("/feed.xml"), Duration.ofHours(1)))
            .bounded(false)
            .fetch(FetchConfig.builder().allowAddress(site.allowAddress()).build())
            .elasticsearch(ElasticsearchExtension.connection())
            .checkpointDirectory(checkpoints)
            .checkpointInterval(Duration.ofSeconds(2))
            .revisit(new RevisitConfig(List.of(FIRST, SECOND), RETRY))
            .build();
    JobClient job = CasewatchJob.start(config);
    try {
      await("every page fetched once", () -> allFetched());
      Instant changedAt = Instant.now();
      site.put(
          "/edited.html",
          200,
          "text/html; charset=utf-8",
          page("edited", "<p>Correction: the vote was moved to April after a request.</p>"));
      site.put("/deleted.html", 410, "text/html", "<html><body>Gone</body></html>");
      site.put("/flaky.html", 503, "text/plain", "busy");

      JsonNode edited = awaitDocument("edited", d -> d.path("revisions").size() == 1);
      JsonNode revision = edited.path("revisions").get(0);
      assertThat(revision.path("kind").asText()).isEqualTo("edited");
      assertThat(revision.path("http_status").asInt()).isEqualTo(200);
      assertThat(revision.path("size_change").asInt()).isPositive();
      assertThat(Instant.parse(revision.path("at").asText())).isAfter(changedAt);
      assertThat(revision.path("body_hash").asText()).isEqualTo(edited.path("body_hash").asText());
      assertThat(edited.path("body").asText()).contains("moved to April");
      assertThat(edited.path("deleted").asBoolean(true)).isFalse();

      JsonNode deleted = awaitDocument("deleted", d -> d.path("deleted").asBoolean());
      JsonNode gone = deleted.path("revisions").get(0);
      assertThat(deleted.path("revisions").size()).isEqualTo(1);
      assertThat(gone.path("kind").asText()).isEqualTo("deleted");
      assertThat(gone.path("http_status").asInt()).isEqualTo(410);
      assertThat(gone.path("size_change").asInt()).isNegative();
      assertThat(gone.has("body_hash")).isFalse();
      assertThat(deleted.path("body").asText()).as("the last known text stays").contains("pier");

      JsonNode letter = awaitDeadLetters(site.url("/flaky.html"), 1).get(0);
      assertThat(letter.path("stage").asText()).isEqualTo(Revisits.STAGE);
      assertThat(letter.path("error_type").asText()).isEqualTo(Revisits.REVISIT_FAILED);
      assertThat(letter.path("status").asInt()).isEqualTo(503);
      assertThat(letter.path("reason").asText()).contains("failed twice", "HTTP_STATUS");

      // After the second revisit, nothing more happened: no event for unchanged pages.
      await(
          "second revisits",
          () ->
              site.requests("/unchanged.html") >= 3
                  && site.requests("/edited.html") >= 3
                  && site.requests("/deleted.html") >= 3
                  && site.requests("/flaky.html") >= 5);
      Thread.sleep(5_000);
      client.indices().refresh(r -> r.index("casewatch-*"));
      assertThat(document("unchanged").path("revisions").size()).isZero();
      assertThat(document("unchanged").path("deleted").asBoolean(true)).isFalse();
      assertThat(document("edited").path("revisions").size()).isEqualTo(1);
      assertThat(document("deleted").path("revisions").size()).isEqualTo(1);
      assertThat(document("flaky").path("revisions").size()).isZero();
      assertThat(site.requests("/unchanged.html")).as("exactly two revisits").isEqualTo(3);
      assertThat(awaitDeadLetters(site.url("/flaky.html"), 2))
          .extracting(l -> l.path("reason").asText())
          .anySatisfy(r -> assertThat(r).contains("revisit 1 of 2"))
          .anySatisfy(r -> assertThat(r).contains("revisit 2 of 2"));
      assertThat(site.requests("/flaky.html"))
          .as("first fetch, then each revisit tried twice, never more")
          .isEqualTo(5);
    } finally {
      job.cancel().get();
    }
  }

  private static boolean allFetched() {
    for (String name : List.of("edited", "deleted", "unchanged", "flaky")) {
      if (site.requests("/" + name + ".html") < 1) {
        return false;
      }
    }
    return true;
  }

  private static JsonNode document(String name) throws Exception {
    GetResponse<JsonNode> response =
        client.get(
            g ->
                g.index(CasewatchIndex.DOCUMENTS.alias())
                    .id(Ids.documentId(site.url("/" + name + ".html"))),
            JsonNode.class);
    return response.found()
        ? response.source()
        : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
  }

  private static JsonNode awaitDocument(String name, Predicate<JsonNode> ready) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (Instant.now().isBefore(deadline)) {
      client.indices().refresh(r -> r.index(CasewatchIndex.DOCUMENTS.alias()));
      JsonNode doc = document(name);
      if (!doc.isMissingNode() && ready.test(doc)) {
        return doc;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError("document " + name + " not as expected in time: " + document(name));
  }

  private static List<JsonNode> awaitDeadLetters(String url, int count) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    List<JsonNode> found = new java.util.ArrayList<>();
    while (Instant.now().isBefore(deadline)) {
      client.indices().refresh(r -> r.index(CasewatchIndex.DEAD_LETTERS.alias()));
      List<Hit<JsonNode>> hits =
          client
              .search(
                  s ->
                      s.index(CasewatchIndex.DEAD_LETTERS.alias())
                          .size(100)
                          .query(q -> q.matchAll(m -> m)),
                  JsonNode.class)
              .hits()
              .hits();
      found.clear();
      for (Hit<JsonNode> hit : hits) {
        if (url.equals(hit.source().path("source_url").asText())
            && Revisits.STAGE.equals(hit.source().path("stage").asText())) {
          found.add(hit.source());
        }
      }
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(1_000);
    }
    throw new AssertionError(count + " revisit dead letters expected for " + url + ": " + found);
  }

  private interface Condition {
    boolean met() throws Exception;
  }

  private static void await(String what, Condition condition) throws Exception {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.met()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(200);
    }
  }
}
