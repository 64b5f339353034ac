package org.casewatch.nlp.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.groups.OperatorMetricGroup;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.EntityMention;
import org.casewatch.nlp.Fixtures;
import org.casewatch.nlp.NlpConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The annotate step on a real MiniCluster with two parallel subtasks and the real models. */
class AnnotateFunctionITCase {

  private static final InMemoryReporter REPORTER = InMemoryReporter.createWithRetainedMetrics();

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setConfiguration(REPORTER.addToConfiguration(new Configuration()))
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static Article article(String slug, String title, String body) {
    String url = "https://news.example/" + slug;
    return new Article(url, url, "example", title, body, null, Instant.EPOCH);
  }

  @Test
  void everyArticleIsEmittedAnnotatedAndCounted() throws Exception {
    List<Article> articles =
        List.of(
            article("keller", "Editor accuses chairman", Fixtures.text("news-fictional.txt")),
            article("de", "Vorwürfe", Fixtures.text("german.txt")),
            article("long", "", "Keller spoke. " + Fixtures.unpunctuatedSentence(20_000)),
            article("empty", "", ""),
            article("negative", "", Fixtures.text("negative.txt")));

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    SingleOutputStreamOperator<AnnotatedDocument> annotated =
        env.fromData(articles)
            .rebalance()
            .process(new AnnotateFunction(NlpConfig.defaults()))
            .uid("nlp-annotate")
            .name("nlp-annotate");
    DataStream<DeadLetter> failures = annotated.getSideOutput(AnnotateFunction.NLP_FAILURES);
    CloseableIterator<AnnotatedDocument> docs = annotated.collectAsync();
    CloseableIterator<DeadLetter> dead = failures.collectAsync();
    JobClient job = env.executeAsync("nlp-annotate-it");

    List<AnnotatedDocument> out = drain(docs);
    List<DeadLetter> deadLetters = drain(dead);
    job.getJobExecutionResult().get();

    assertThat(out).hasSize(articles.size());
    assertThat(deadLetters).isEmpty();
    AnnotatedDocument keller = byId(out, articles.get(0));
    assertThat(keller.annotations().entities())
        .extracting(EntityMention::canonicalName)
        .contains("Maria Keller", "Thomas Brandt", "Northwind Media");
    assertThat(byId(out, articles.get(1)).annotations().language()).isEqualTo("de");
    assertThat(byId(out, articles.get(2)).annotations().partial()).isTrue();
    assertThat(byId(out, articles.get(3)).annotations().entities()).isEmpty();
    assertThat(byId(out, articles.get(4)).annotations().sentiment().score()).isNegative();

    JobID id = job.getJobID();
    assertThat(counterSum(id, "nlpDocumentsAnnotated")).isEqualTo(articles.size());
    assertThat(counterSum(id, "nlpDocumentsPartial")).isEqualTo(1);
    assertThat(counterSum(id, "nlpDocumentsFailed")).isZero();
  }

  private static <T> List<T> drain(CloseableIterator<T> it) throws Exception {
    List<T> out = new ArrayList<>();
    try (it) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  private static AnnotatedDocument byId(List<AnnotatedDocument> docs, Article article) {
    return docs.stream().filter(d -> d.id().equals(article.id())).findFirst().orElseThrow();
  }

  private static long counterSum(JobID job, String name) {
    long sum = 0;
    for (OperatorMetricGroup group : REPORTER.findOperatorMetricGroups(job, "nlp-annotate")) {
      Metric metric = REPORTER.getMetricsByGroup(group).get(name);
      if (metric instanceof Counter c) {
        sum += c.getCount();
      }
    }
    return sum;
  }
}
