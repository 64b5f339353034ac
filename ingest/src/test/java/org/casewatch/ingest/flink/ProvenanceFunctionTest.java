package org.casewatch.ingest.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.casewatch.ingest.dedup.ContentHash;
import org.casewatch.ingest.dedup.WireStories;
import org.casewatch.model.Article;
import org.casewatch.model.Provenance;
import org.casewatch.model.SocialPost;
import org.junit.jupiter.api.Test;

/** The provenance step in Flink's operator harness, with a checkpoint and a restore. */
class ProvenanceFunctionTest {

  private static final Instant T = Instant.parse("2023-10-02T08:00:00Z");

  private static Article article(String url, String body) {
    return new Article(url, url, "site", "title", body, T, T);
  }

  private static OneInputStreamOperatorTestHarness<Article, Article> harness() throws Exception {
    return new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(new ProvenanceFunction()));
  }

  private static List<Article> output(OneInputStreamOperatorTestHarness<Article, Article> h) {
    return h.extractOutputValues();
  }

  @Test
  void threeSyndicatedCopiesOnTwoPublishersAreOneGroupOfTwoPublishers() throws Exception {
    List<Article> in =
        List.of(
            article("https://www.harbour-wire.com/story/1", WireStories.WIRE),
            article("https://news.harbour-wire.com/copy", WireStories.COPY_CUT),
            article("https://www.ledger.co.uk/news/sued", WireStories.COPY_EDITED),
            article("https://www.ledger.co.uk/news/festival", WireStories.OTHER));
    try (var h = harness()) {
      h.open();
      for (Article a : in) {
        h.processElement(new StreamRecord<>(a));
      }
      List<Article> out = output(h);
      assertThat(out).hasSize(4);
      List<Article> story = out.subList(0, 3);
      assertThat(story)
          .extracting(a -> a.provenance().syndicationGroup())
          .containsOnly(in.get(0).id());
      Set<String> publishers =
          story.stream()
              .map(a -> a.provenance().publisher())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(publishers).containsExactly("harbour-wire.com", "ledger.co.uk");
      assertThat(out.get(3).provenance().syndicationGroup()).isEqualTo(in.get(3).id());
      assertThat(out)
          .allSatisfy(
              a -> {
                assertThat(a.provenance().platform()).isEqualTo("web");
                assertThat(a.provenance().bodyHash()).isEqualTo(ContentHash.of(a.body()));
              });
    }
  }

  @Test
  void whatTheSourceKnowsIsKept() throws Exception {
    Article post =
        new SocialPost(
                "mastodon",
                "fosstodon.org",
                "1",
                "https://fosstodon.org/@a/1",
                "a@fosstodon.org",
                null,
                T,
                "#MeToo",
                "en",
                List.of(),
                null,
                null,
                null,
                null)
            .toArticle(T);
    Article byline =
        article("https://x.example.org/a", WireStories.OTHER)
            .withProvenance(Provenance.UNKNOWN.withAuthor("Jo Bloggs"));
    Article archived =
        article("https://www.apnews.com/a", "short")
            .withProvenance(Provenance.UNKNOWN.withPlatform(Provenance.ARCHIVE));
    try (var h = harness()) {
      h.open();
      h.processElement(new StreamRecord<>(post));
      h.processElement(new StreamRecord<>(byline));
      h.processElement(new StreamRecord<>(archived));
      List<Article> out = output(h);
      assertThat(out.get(0).provenance())
          .isEqualTo(
              new Provenance(
                  "mastodon", "mastodon", "a@fosstodon.org", ContentHash.of("#MeToo"), post.id()));
      assertThat(out.get(1).provenance().author()).isEqualTo("Jo Bloggs");
      assertThat(out.get(1).provenance().publisher()).isEqualTo("example.org");
      assertThat(out.get(2).provenance().platform()).isEqualTo("archive");
      assertThat(out.get(2).provenance().publisher()).isEqualTo("apnews.com");
    }
  }

  @Test
  void aCopyAfterARestoreJoinsTheGroupSeenBeforeTheCheckpoint() throws Exception {
    Article first = article("https://www.harbour-wire.com/story/1", WireStories.WIRE);
    OperatorSubtaskState snapshot;
    try (var h = harness()) {
      h.open();
      h.processElement(new StreamRecord<>(first));
      snapshot = h.snapshot(1L, 1L);
    }
    try (var h = harness()) {
      h.initializeState(snapshot);
      h.open();
      h.processElement(
          new StreamRecord<>(
              article("https://www.ledger.co.uk/news/sued", WireStories.COPY_EDITED)));
      h.processElement(new StreamRecord<>(first));
      assertThat(output(h))
          .extracting(a -> a.provenance().syndicationGroup())
          .containsExactly(first.id(), first.id());
    }
  }

  @Test
  void rejectsABadWindow() {
    assertThatThrownBy(() -> new ProvenanceFunction(0, 24))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProvenanceFunction(10, 200))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
