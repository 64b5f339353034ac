package org.casewatch.index.mapping;

import java.time.Instant;
import java.util.List;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Article;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.model.SentenceSentiment;
import org.casewatch.model.Sentiment;

/** Annotated documents for tests, built in code so each test states what it varies. */
public final class SampleDocuments {

  /** Fixed fetch time of every sample. */
  public static final Instant FETCHED_AT = Instant.parse("2026-03-01T10:15:30Z");

  private SampleDocuments() {}

  /** The canonical URL of sample number {@code n}. */
  public static String canonicalUrl(int n) {
    return "https://news.example/cases/article-" + n;
  }

  /** Sample number {@code n}: one person, one organisation, a negative sentiment. */
  public static AnnotatedDocument document(int n) {
    return document(
        n,
        "Inquiry opens into studio " + n,
        "The studio said it would cooperate with investigators. Jane Roe spoke to reporters.");
  }

  /** A sample with the given title and body and the standard entities. */
  public static AnnotatedDocument document(int n, String title, String body) {
    Article article =
        new Article(
            canonicalUrl(n) + "?utm_source=feed",
            canonicalUrl(n),
            "News Example",
            title,
            body,
            Instant.parse("2026-02-28T08:00:00Z"),
            FETCHED_AT);
    Annotations annotations =
        new Annotations(
            "en",
            List.of(
                new EntityMention("Jane Roe", EntityType.PERSON, "Jane Roe", 70, 78),
                new EntityMention("Roe", EntityType.PERSON, "Jane Roe", 90, 93),
                new EntityMention("Acme Studios", EntityType.ORGANIZATION, null, 4, 10)),
            List.of("the", "studio", "say", "it", "cooperate", "investigator"),
            new Sentiment(Sentiment.NEGATIVE, -0.4),
            List.of(new SentenceSentiment(0, 60, new Sentiment(Sentiment.NEUTRAL, 0.0))),
            false);
    return new AnnotatedDocument(article, annotations);
  }

  /** A document with custom annotations. */
  public static AnnotatedDocument document(int n, String body, Annotations annotations) {
    Article article =
        new Article(
            canonicalUrl(n), canonicalUrl(n), "News Example", "Title " + n, body, null, FETCHED_AT);
    return new AnnotatedDocument(article, annotations);
  }
}
