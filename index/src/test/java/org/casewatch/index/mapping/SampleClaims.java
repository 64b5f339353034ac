package org.casewatch.index.mapping;

import java.time.Instant;
import java.util.List;
import org.casewatch.model.AnnotatedDocument;
import org.casewatch.model.Annotations;
import org.casewatch.model.Article;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.DocumentAnalysis;
import org.casewatch.model.EventParty;
import org.casewatch.model.Evidence;
import org.casewatch.model.PartySentiment;
import org.casewatch.model.Provenance;
import org.casewatch.model.Revision;

/** An annotated document with a claim and an event, for tests of claims and events. */
public final class SampleClaims {

  public static final Instant PUBLISHED = Instant.parse("2023-03-14T09:00:00Z");
  public static final String URL = "https://www.ledger.example/news/a?utm_source=x";
  public static final String CANONICAL = "https://www.ledger.example/news/a";
  public static final Evidence FIRST = new Evidence("She accused Vellacott of harassment.", 4, 40);
  public static final Evidence SECOND = new Evidence("It began in 2021.", 41, 58);

  /**
   * A document with one claim and one event; {@code full} sets every optional value (accuser,
   * dates, setting, provenance, publication date), otherwise they are absent.
   */
  public static AnnotatedDocument document(boolean withAccuser) {
    Claim claim =
        new Claim(
            new ClaimParty("Graham Vellacott", "Vellacott"),
            withAccuser ? new ClaimParty("Ann Doe", "his former assistant") : null,
            "sexual_harassment",
            "alleged",
            "accuser",
            withAccuser ? "2021-06" : null,
            withAccuser ? "2023-03-14" : null,
            withAccuser ? "Corvane Shipping Group" : null,
            List.of(FIRST, SECOND),
            0.85);
    CaseEvent event =
        new CaseEvent(
            "civil_lawsuit",
            withAccuser ? "2023-10" : null,
            withAccuser ? "incident" : "report",
            List.of(
                new EventParty("Ann Doe", "claimant"),
                new EventParty("Graham Vellacott", "defendant")),
            SECOND,
            0.6);
    Article article =
        new Article(
                URL,
                CANONICAL,
                "The Ledger",
                "Executive accused",
                "body",
                withAccuser ? PUBLISHED : null,
                PUBLISHED)
            .withProvenance(
                withAccuser
                    ? new Provenance("ledger.example", "web", "A. Writer", "h", "g")
                    : Provenance.UNKNOWN)
            .withRevisions(
                List.of(new Revision(PUBLISHED.plusSeconds(86_400), "edited", 200, -42, "h2")),
                false);
    return new AnnotatedDocument(
        article,
        new DocumentAnalysis(
            Annotations.none("en"),
            List.of(claim),
            List.of(event),
            List.of(new PartySentiment("Graham Vellacott", "accused", -0.5, 2))),
        List.of("case-1"));
  }

  private SampleClaims() {}
}
