package org.casewatch.nlp.allegation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.model.Evidence;
import org.casewatch.nlp.allegation.Trigger;
import org.casewatch.nlp.allegation.internal.RoleRules.RoleMatch;
import org.casewatch.nlp.time.DateMention;

/** A claim being merged from the sentences of one document; not thread-safe. */
public final class ClaimDraft {
  ClaimParty accused;
  Party.How how;
  private ClaimParty accuser;
  String act;
  private String assertedBy;
  private String incidentDate;
  private String reportedDate;
  private String setting;
  private boolean governed;
  private final List<Evidence> evidence = new ArrayList<>();

  /** Adds the evidence of act {@code t} in sentence {@code s}. */
  public void add(
      DocumentFacts facts,
      SentenceFacts s,
      Trigger t,
      Party accused,
      Party accuser,
      boolean governed,
      String published) {
    String text = facts.document().text().substring(s.begin(), s.end());
    if (evidence.stream().noneMatch(e -> e.begin() == s.begin())) {
      evidence.add(new Evidence(text, s.begin(), s.end()));
    }
    if (this.accused == null) {
      this.accused = accused.party();
      this.how = accused.how();
      this.act = t.label();
      this.reportedDate = published;
      this.governed = governed;
      this.assertedBy =
          Attribution.assertedBy(
              s, t.begin(), accuser, facts.parties(), facts.document().entities());
      this.setting = setting(facts, s, accused, accuser);
    }
    if (this.accuser == null && accuser != null) {
      this.accuser = accuser.party();
    }
    if (this.incidentDate == null) {
      for (DateMention d : s.dates()) {
        int token = tokenAt(s, d.begin());
        if (token >= 0 && s.dominates(t.begin(), token)) {
          this.incidentDate = d.value();
        }
      }
    }
  }

  /** Merges another draft about the same accused and act. */
  public void merge(ClaimDraft o) {
    for (Evidence e : o.evidence) {
      if (evidence.stream().noneMatch(x -> x.begin() == e.begin())) {
        evidence.add(e);
      }
    }
    evidence.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    accuser = accuser != null ? accuser : o.accuser;
    incidentDate = incidentDate != null ? incidentDate : o.incidentDate;
    if (o.how.ordinal() < how.ordinal()) {
      how = o.how;
      accused = o.accused;
    }
  }

  /** The claim. */
  public Claim build(DocumentFacts facts, boolean onlyNamedAccused) {
    boolean confirmed = false;
    boolean denied = false;
    boolean retracted = false;
    String name = accused.name();
    for (SentenceFacts s : facts.sentences()) {
      boolean mentions = name != null && mentions(facts, s, name);
      for (Trigger t : s.triggers()) {
        boolean about =
            mentions || (onlyNamedAccused && name != null && pronounSubject(facts, s, t));
        confirmed |= about && Set.of("conviction").contains(t.label());
        denied |= about && Set.of("denial").contains(t.label());
      }
      retracted |= mentions && Attribution.retracts(s);
    }
    double confidence =
        switch (how) {
          case NAME -> 0.9;
          case DESCRIPTION -> name != null ? 0.5 : 0.55;
          case TITLE -> 0.75;
          case PRONOUN -> 0.7;
          default -> 0.55;
        };
    confidence -= "sexual_misconduct".equals(act) ? 0.1 : 0;
    confidence -= governed ? 0 : 0.15;
    return new Claim(
        accused,
        accuser,
        act,
        Attribution.modality(confirmed, retracted, denied),
        assertedBy,
        incidentDate,
        reportedDate,
        setting,
        evidence,
        Math.max(0.05, Math.min(1, confidence)));
  }

  /** Whether a rule gives trigger {@code t} a pronoun as its accused ("He denies ..."). */
  private static boolean pronounSubject(DocumentFacts facts, SentenceFacts s, Trigger t) {
    for (RoleMatch r : s.roles()) {
      if (t.covers(r.trigger()) && r.node("accused") >= 0) {
        Party p = facts.parties().resolve(s, r.node("accused"));
        if (p != null && p.how() == Party.How.BARE_PRONOUN) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean mentions(DocumentFacts facts, SentenceFacts s, String name) {
    for (EntityMention m : facts.document().entities()) {
      if (m.begin() >= s.begin() && m.end() <= s.end() && name.equals(m.canonicalName())) {
        return true;
      }
    }
    return false;
  }

  private static String setting(DocumentFacts facts, SentenceFacts s, Party a, Party b) {
    for (EntityMention m : facts.document().entities()) {
      if (m.type() == EntityType.ORGANIZATION
          && m.begin() >= s.begin()
          && m.end() <= s.end()
          && !m.text().matches("(?i).*(police|court|prosecution|constabulary).*")) {
        return m.canonicalName();
      }
    }
    return null;
  }

  private static int tokenAt(SentenceFacts s, int offset) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).beginPosition() >= offset) {
        return i;
      }
    }
    return -1;
  }

  /** The accused. */
  public ClaimParty accused() {
    return accused;
  }

  /** The act. */
  public String act() {
    return act;
  }

  /** The accuser, or null. */
  public ClaimParty accuser() {
    return accuser;
  }

  /** Replaces the accuser. */
  public void accuser(ClaimParty party) {
    accuser = party;
  }

  /** Whether this draft and {@code o} have an evidence sentence in common. */
  public boolean sharesEvidence(ClaimDraft o) {
    for (Evidence e : evidence) {
      if (o.evidence.stream().anyMatch(x -> x.begin() == e.begin())) {
        return true;
      }
    }
    return false;
  }

  /** Links the accused to {@code name}, keeping the mention. */
  public void linkTo(String name) {
    accused = new ClaimParty(name, accused.mention());
    how = Party.How.PRONOUN;
  }
}
