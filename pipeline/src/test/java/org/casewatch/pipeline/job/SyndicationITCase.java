package org.casewatch.pipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.casewatch.index.mapping.CasewatchIndex;
import org.casewatch.index.mapping.IndexSetup;
import org.casewatch.index.sink.ElasticsearchSinks;
import org.casewatch.index.testing.ElasticsearchExtension;
import org.casewatch.ingest.flink.ProvenanceFunction;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Independent publishers are derivable from the index: three syndicated copies of one story on two
 * publishers, through the job's provenance step and the documents sink into Elasticsearch, give one
 * syndication group whose publisher cardinality is two.
 */
@ExtendWith(ElasticsearchExtension.class)
class SyndicationITCase {

  @RegisterExtension
  static final MiniClusterExtension FLINK =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static final Instant T = Instant.parse("2023-10-02T08:00:00Z");

  private static final String STORY =
      "A former assistant has filed a lawsuit against the shipping executive Graham Vellacott,"
          + " accusing him of sexual harassment over two years at the company's headquarters in"
          + " Wrenmouth. The complaint, filed in the county court on Tuesday, says he made"
          + " repeated unwanted advances and threatened her career when she refused him."
          + " Vellacott denied the allegations through his lawyer, who called the lawsuit an"
          + " attempt to damage his client's reputation. The company said it had opened an"
          + " internal review and placed him on leave while it takes place.";

  private static final String OTHER =
      "The harbour festival drew record crowds on Saturday as thousands of visitors lined the"
          + " quays to watch the tall ships arrive. Organisers said more than forty thousand people"
          + " attended over the weekend, the most since the festival began two decades ago.";

  private static Article article(String url, String body) {
    return new Article(url, url, "", "title", body, T, T);
  }

  /** A document without NLP, as the sink sees it. */
  static final class Unannotated implements MapFunction<Article, AnnotatedDocument> {
    private static final long serialVersionUID = 1L;

    @Override
    public AnnotatedDocument map(Article article) {
      return new AnnotatedDocument(article, Annotations.none("en"));
    }
  }

  @Test
  void threeCopiesOnTwoPublishersAreOneStoryFromTwoIndependentPublishers() throws Exception {
    ElasticsearchClient client = ElasticsearchExtension.client();
    new IndexSetup(client).ensureAll();
    List<Article> articles =
        List.of(
            article("https://www.harbour-wire.com/syndication-it/story", STORY),
            article("https://www.ledger.co.uk/syndication-it/sued", "Shipping boss sued. " + STORY),
            article(
                "https://www.ledger.co.uk/syndication-it/sued-2",
                STORY + " Reporting by the Harbour wire service."),
            article("https://www.ledger.co.uk/syndication-it/festival", OTHER));
    String group = articles.get(0).id();

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.fromData(articles)
        .setParallelism(1)
        .process(new ProvenanceFunction())
        .uid("provenance")
        .setParallelism(1)
        .map(new Unannotated())
        .sinkTo(ElasticsearchSinks.documents(ElasticsearchExtension.connection()).build());
    env.execute("syndication-it");
    client.indices().refresh(r -> r.index(CasewatchIndex.DOCUMENTS.alias()));

    SearchResponse<JsonNode> story =
        client.search(
            s ->
                s.index(CasewatchIndex.DOCUMENTS.alias())
                    .size(0)
                    .query(q -> q.term(t -> t.field("syndication_group").value(group)))
                    .aggregations("publishers", a -> a.cardinality(c -> c.field("publisher"))),
            JsonNode.class);
    assertThat(story.hits().total().value()).isEqualTo(3);
    assertThat(story.aggregations().get("publishers").cardinality().value()).isEqualTo(2);

    JsonNode festival =
        client
            .get(
                g -> g.index(CasewatchIndex.DOCUMENTS.alias()).id(articles.get(3).id()),
                JsonNode.class)
            .source();
    assertThat(festival.path("syndication_group").asText()).isEqualTo(articles.get(3).id());
    assertThat(festival.path("publisher").asText()).isEqualTo("ledger.co.uk");
    assertThat(festival.path("platform").asText()).isEqualTo("web");
    assertThat(festival.path("body_hash").asText()).hasSize(32);
  }
}
