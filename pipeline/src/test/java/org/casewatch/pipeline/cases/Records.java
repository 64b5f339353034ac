package org.casewatch.pipeline.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.ClaimRecord;
import org.casewatch.model.DocumentRef;
import org.casewatch.model.EventParty;
import org.casewatch.model.EventRecord;
import org.casewatch.model.Evidence;
import org.casewatch.model.Ids;

/** Builds claim and event records of made-up documents for case assembly tests. */
final class Records {

  final DocumentRef doc;
  final List<ClaimRecord> claims = new ArrayList<>();
  final List<EventRecord> events = new ArrayList<>();
  private int offset;

  private Records(DocumentRef doc) {
    this.doc = doc;
  }

  /** A document of {@code publisher} published on {@code date} (yyyy-mm-dd). */
  static Records doc(String name, String publisher, String date) {
    return doc(name, publisher, date, null);
  }

  static Records doc(String name, String publisher, String date, String syndicationGroup) {
    String url = "https://" + publisher + "/" + name;
    return new Records(
        new DocumentRef(
            Ids.documentId(url),
            url,
            url,
            publisher,
            publisher,
            "web",
            syndicationGroup,
            "en",
            Instant.parse(date + "T09:00:00Z")));
  }

  Records claim(String name, String mention, String act, String setting) {
    return claim(name, mention, act, setting, null, 0.0);
  }

  Records claim(
      String name, String mention, String act, String setting, String accuser, Double sentiment) {
    return claimSaying(name, mention, act, setting, accuser, sentiment, "Sentence " + offset + ".");
  }

  /** A claim resting on the sentence {@code text}. */
  Records claimSaying(
      String name,
      String mention,
      String act,
      String setting,
      String accuser,
      Double sentiment,
      String text) {
    Evidence e = new Evidence(text, offset, offset + text.length());
    offset += 20;
    Claim c =
        new Claim(
            new ClaimParty(name, mention),
            accuser == null ? null : new ClaimParty(accuser, accuser),
            act,
            "alleged",
            "accuser",
            null,
            doc.publishedAt().toString().substring(0, 10),
            setting,
            List.of(e),
            0.8);
    claims.add(new ClaimRecord(Ids.claimId(doc.id(), c), doc, c, sentiment, null, false, null));
    return this;
  }

  Records event(String type, String date, EventParty... parties) {
    Evidence e = new Evidence("Event sentence " + offset + ".", offset, offset + 15);
    offset += 20;
    CaseEvent ev =
        new CaseEvent(type, date, date == null ? "report" : "incident", List.of(parties), e, 0.8);
    events.add(new EventRecord(Ids.eventId(doc.id(), ev), doc, ev, null));
    return this;
  }

  static EventParty party(String name, String role) {
    return new EventParty(name, role);
  }
}
