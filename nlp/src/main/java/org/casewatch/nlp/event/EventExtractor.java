package org.casewatch.nlp.event;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casewatch.model.CaseEvent;
import org.casewatch.model.Claim;
import org.casewatch.model.EventParty;
import org.casewatch.model.Evidence;
import org.casewatch.nlp.allegation.AnalysedDocument;
import org.casewatch.nlp.allegation.Trigger;
import org.casewatch.nlp.allegation.TriggerLexicon;
import org.casewatch.nlp.allegation.internal.DocumentFacts;
import org.casewatch.nlp.allegation.internal.Party;
import org.casewatch.nlp.allegation.internal.RoleRules.RoleMatch;
import org.casewatch.nlp.allegation.internal.SentenceFacts;
import org.casewatch.nlp.time.DateMention;

/**
 * Extracts case events (accusation, arrest, charge, verdict, lawsuit, resignation, ...) from the
 * event triggers of a document that carries at least one allegation claim.
 *
 * <p>How and why: events are reported only in documents about a sexual-misconduct case (a fraud
 * trial or a pub-fight sentence is not a case event), so the claims gate the events. The trigger's
 * label is refined by its sentence: an investigation is the police's when the police are named
 * there, else internal; a complaint that goes to the police is a police report; a suit is a
 * defamation suit when defamation or libel is named, and then its claimant is the accused. Old news
 * repeated in background paragraphs is the main source of false events, so an undated event whose
 * verb is in the simple past is dropped, and statements and policy changes need a date. The date is
 * the date expression governed by the trigger, else the sentence's only date ({@code incident});
 * failing both, the publication date ({@code report}). One event per type: the first dated one,
 * else the first.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventExtractor {

  private static final Set<String> POLICE =
      Set.of("police", "detective", "officer", "constabulary");
  private static final Set<String> DEFAMATION = Set.of("defamation", "libel", "slander");
  private static final Set<String> CHARGE_VERBS =
      Set.of("face", "bring", "file", "lay", "authorise", "authorize", "announce", "press");
  private static final Set<String> NEEDS_DATE = Set.of("statement", "policy_change");
  private static final Set<String> BACKGROUND =
      Set.of("accusation", "denial", "complaint_to_employer", "police_report", "apology");

  /** Extracts the events of {@code doc} given its claims (no claims, no events). */
  public List<CaseEvent> extract(AnalysedDocument doc, List<Claim> claims) {
    return extract(DocumentFacts.of(doc), claims);
  }

  /** Extracts the events from already computed facts. */
  public List<CaseEvent> extract(DocumentFacts facts, List<Claim> claims) {
    if (claims.isEmpty()) {
      return List.of();
    }
    String mainAccused = mainAccused(claims);
    String published =
        facts.document().published() == null ? null : facts.document().published().toString();
    Map<String, CaseEvent> events = new LinkedHashMap<>();
    for (SentenceFacts s : facts.sentences()) {
      for (Trigger t : s.triggers()) {
        if (t.kind() != TriggerLexicon.Kind.EVENT) {
          continue;
        }
        String type = refine(s, t);
        if (type == null) {
          continue;
        }
        if (irrealis(s, t)) {
          continue;
        }
        String date = date(s, t);
        if (date == null
            && (NEEDS_DATE.contains(type) || (BACKGROUND.contains(type) && simplePast(s, t)))) {
          continue;
        }
        List<EventParty> parties = parties(facts, s, t, type, mainAccused);
        Evidence evidence =
            new Evidence(facts.document().text().substring(s.begin(), s.end()), s.begin(), s.end());
        CaseEvent e =
            new CaseEvent(
                type,
                date != null ? date : published,
                date != null ? "incident" : "report",
                parties,
                evidence,
                date != null ? 0.8 : 0.6);
        CaseEvent before = events.get(type);
        if (before == null || (before.dateKind().equals("report") && date != null)) {
          events.put(type, e);
        }
      }
    }
    return new ArrayList<>(events.values());
  }

  static String refine(SentenceFacts s, Trigger t) {
    String type = t.label();
    boolean police = s.hasLemma(POLICE);
    switch (type) {
      case "police_investigation":
        return police ? type : "internal_investigation";
      case "complaint_to_employer":
        return police ? "police_report" : type;
      case "civil_lawsuit":
        return s.hasLemma(DEFAMATION) ? "defamation_lawsuit" : type;
      case "charge":
        return chargeEvent(s, t) ? type : null;
      default:
        return type;
    }
  }

  private static boolean chargeEvent(SentenceFacts s, Trigger t) {
    CoreLabel token = s.tokens().get(t.begin());
    if (t.begin() + 1 < s.tokens().size() && s.lemma(t.begin() + 1).equals("decision")) {
      return false;
    }
    if (token.tag() != null && token.tag().startsWith("VB")) {
      return true;
    }
    IndexedWord node = s.graph().getNodeByIndexSafe(t.begin() + 1);
    if (node == null) {
      return false;
    }
    for (SemanticGraphEdge e : s.graph().incomingEdgeIterable(node)) {
      if (CHARGE_VERBS.contains(e.getGovernor().lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trigger's clause is in the simple past without a perfect auxiliary. */
  static boolean simplePast(SentenceFacts s, Trigger t) {
    IndexedWord node = s.graph().getNodeByIndexSafe(t.begin() + 1);
    if (node == null) {
      return false;
    }
    IndexedWord verb = node;
    while (verb != null && (verb.tag() == null || !verb.tag().startsWith("VB"))) {
      verb = s.graph().getParent(verb);
    }
    if (verb == null) {
      return false;
    }
    boolean perfectOrPresent = !"VBD".equals(verb.tag()) && !"VBN".equals(verb.tag());
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(verb)) {
      String rel = e.getRelation().toString();
      String aux = e.getDependent().tag();
      if (rel.startsWith("aux") && aux != null && !aux.equals("VBD")) {
        perfectOrPresent = true;
      }
    }
    return !perfectOrPresent;
  }

  private static String date(SentenceFacts s, Trigger t) {
    for (DateMention d : s.dates()) {
      int parent = attachment(s, d);
      if (parent >= 0
          && (t.covers(parent) || (isVerb(s, parent) && s.dominates(parent, t.begin())))) {
        return d.value();
      }
    }
    return null;
  }

  /** The token the date phrase hangs from (the parent of its topmost token), or -1. */
  private static int attachment(SentenceFacts s, DateMention d) {
    for (int i = 0; i < s.tokens().size(); i++) {
      CoreLabel tok = s.tokens().get(i);
      if (tok.beginPosition() < d.begin() || tok.endPosition() > d.end()) {
        continue;
      }
      IndexedWord w = s.graph().getNodeByIndexSafe(i + 1);
      IndexedWord p = w == null ? null : s.graph().getParent(w);
      if (p != null) {
        CoreLabel pt = s.tokens().get(p.index() - 1);
        if (pt.beginPosition() < d.begin() || pt.endPosition() > d.end()) {
          return p.index() - 1;
        }
      }
    }
    return -1;
  }

  private static boolean isVerb(SentenceFacts s, int i) {
    String tag = s.tokens().get(i).tag();
    return tag != null && tag.startsWith("VB");
  }

  /** Verbs whose date dates the whole sentence's news ("..., the university said on Monday"). */
  private static final Set<String> REPORTING =
      Set.of("say", "announce", "confirm", "tell", "state", "reveal");

  private static final Set<String> IRREALIS =
      Set.of(
          "will",
          "would",
          "could",
          "may",
          "might",
          "can",
          "should",
          "shall",
          "if",
          "whether",
          "unless",
          "until",
          "likely",
          "expect",
          "plan",
          "threaten",
          "consider");

  /** Whether the trigger's clause is future, conditional or hypothetical. */
  static boolean irrealis(SentenceFacts s, Trigger t) {
    IndexedWord w = s.graph().getNodeByIndexSafe(t.begin() + 1);
    for (int depth = 0; w != null && depth < 3; depth++) {
      for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(w)) {
        String rel = e.getRelation().toString();
        if ((rel.startsWith("aux") || rel.equals("mark"))
            && IRREALIS.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
      if (IRREALIS.contains(w.lemma() == null ? "" : w.lemma())) {
        return true;
      }
      if (w.tag() != null && w.tag().startsWith("VB")) {
        return false;
      }
      w = s.graph().getParent(w);
    }
    return false;
  }

  /** The nearest verb above token {@code i} in the graph, or -1. */
  private static int governingVerb(SentenceFacts s, int i) {
    IndexedWord w = s.graph().getNodeByIndexSafe(i + 1);
    while (w != null) {
      w = s.graph().getParent(w);
      if (w != null && w.tag() != null && w.tag().startsWith("VB")) {
        return w.index() - 1;
      }
    }
    return -1;
  }

  private static List<EventParty> parties(
      DocumentFacts facts, SentenceFacts s, Trigger t, String type, String mainAccused) {
    Map<String, String> byName = new LinkedHashMap<>();
    boolean defamation = "defamation_lawsuit".equals(type);
    for (RoleMatch r : s.roles()) {
      if (!t.covers(r.trigger())) {
        continue;
      }
      for (Map.Entry<String, Integer> e : r.nodes().entrySet()) {
        if (e.getKey().equals("source")) {
          continue;
        }
        Party p = facts.parties().resolve(s, e.getValue());
        if (p == null) {
          continue;
        }
        String name = p.party().key();
        if (p.how() == Party.How.BARE_PRONOUN) {
          if (!e.getKey().equals("accused") && !(defamation && e.getKey().equals("claimant"))) {
            continue;
          }
          name = mainAccused;
        }
        if (name != null) {
          byName.putIfAbsent(name, e.getKey());
        }
      }
    }
    if (mainAccused != null && !byName.containsKey(mainAccused)) {
      byName.put(mainAccused, defamation ? "claimant" : "accused");
    }
    List<EventParty> out = new ArrayList<>();
    byName.forEach((name, role) -> out.add(new EventParty(name, role)));
    return out;
  }

  private static String mainAccused(List<Claim> claims) {
    Map<String, Integer> counts = new HashMap<>();
    for (Claim c : claims) {
      if (c.accused().name() != null) {
        counts.merge(c.accused().name(), c.evidence().size(), Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static int tokenAt(SentenceFacts s, int offset) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (s.tokens().get(i).beginPosition() >= offset) {
        return i;
      }
    }
    return -1;
  }
}
