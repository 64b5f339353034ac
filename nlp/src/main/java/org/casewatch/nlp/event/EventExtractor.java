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
 * verb is in the simple past is dropped, and policy changes need a date. A statement is an
 * organisation's spokesperson speaking, not a police or prosecution spokesperson. The date is the
 * date expression governed by the trigger, else the sentence's only date ({@code incident});
 * failing both, the publication date ({@code report}). One event per type: the first dated one,
 * else the first.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventExtractor {

  private static final Set<String> POLICE = Set.of("police", "detective", "constabulary");

  /**
   * How many sentences from the start of a dated article count as its lead: <b>6</b> (headline,
   * standfirst, byline and first paragraph). An undated event is news only there.
   */
  static final int LEAD_SENTENCES = 6;

  private static final Set<String> DEFAMATION = Set.of("defamation", "libel", "slander");
  private static final Set<String> CHARGE_VERBS =
      Set.of("face", "bring", "file", "lay", "authorise", "authorize", "announce", "press");
  private static final Set<String> NEEDS_DATE = Set.of("policy_change");
  private static final Set<String> PROSECUTION =
      Set.of("police", "cps", "prosecutor", "prosecution", "court", "force");
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
        String type = refine(s, t, policeBefore(facts, s));
        if (type == null) {
          continue;
        }
        if (irrealis(s, t)) {
          continue;
        }
        if (negated(s, t)) {
          continue;
        }
        String date = date(s, t);
        boolean carried = false;
        if (date == null && published != null && s.index() >= LEAD_SENTENCES) {
          date = carriedDate(facts, s);
          carried = date != null;
        }
        if (date == null
            && (NEEDS_DATE.contains(type)
                || (BACKGROUND.contains(type) && simplePast(s, t) && !isRoot(s, t))
                || (published != null && s.index() >= LEAD_SENTENCES))) {
          continue;
        }
        if (date != null
            && facts.document().published() != null
            && !recent(date, facts.document().published())) {
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
        if (before == null || (before.dateKind().equals("report") && date != null && !carried)) {
          events.put(type, e);
        }
      }
    }
    return new ArrayList<>(events.values());
  }

  static String refine(SentenceFacts s, Trigger t) {
    return refine(s, t, false);
  }

  /** The event type of {@code t}; {@code policeBefore}: the sentence before names the police. */
  static String refine(SentenceFacts s, Trigger t, boolean policeBefore) {
    String type = t.label();
    boolean police = s.hasLemma(POLICE) || policeBefore;
    switch (type) {
      case "police_investigation":
        return police ? type : "internal_investigation";
      case "complaint_to_employer":
        return police ? "police_report" : type;
      case "civil_lawsuit":
        return s.hasLemma(DEFAMATION) ? "defamation_lawsuit" : type;
      case "charge":
        return chargeEvent(s, t) ? type : null;
      case "accusation":
        return accusationEvent(s, t) ? type : null;
      case "statement":
        return police || s.hasLemma(PROSECUTION) ? null : type;
      default:
        return type;
    }
  }

  private static final Set<String> MODIFIER_RELATIONS = Set.of("acl", "acl:relcl", "amod");
  private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass");

  /**
   * Whether an accusation trigger reports that an accusation was made: an accusation verb that does
   * not merely modify a noun ("the priest accused of rape returns to court", "who accused him"), an
   * allegation noun that is what the clause is about ("allegations came forward about X"), or any
   * accusation trigger of a {@linkplain #verbless verbless} headline.
   */
  private static boolean accusationEvent(SentenceFacts s, Trigger t) {
    IndexedWord node = s.graph().getNodeByIndexSafe(t.begin() + 1);
    if (node == null) {
      return false;
    }
    if (s.graph().getRoots().contains(node) || verbless(s)) {
      return true;
    }
    String tag = node.tag() == null ? "" : node.tag();
    for (SemanticGraphEdge e : s.graph().incomingEdgeIterable(node)) {
      String rel = e.getRelation().toString();
      if (MODIFIER_RELATIONS.contains(rel)) {
        return false;
      }
      if (tag.startsWith("NN") && !tag.startsWith("NNP")) {
        return SUBJECT_RELATIONS.contains(rel);
      }
    }
    return true;
  }

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /**
   * Whether the sentence has no finite verb: a headline ("Former pastor accused of child sex
   * abuse", "Four priests on leave amid abuse accusations") whose accusation is its news, where the
   * same participle in a full sentence ("the priest accused of rape returns to court") is
   * background.
   */
  private static boolean verbless(SentenceFacts s) {
    for (CoreLabel token : s.tokens()) {
      if (token.tag() != null && FINITE.contains(token.tag())) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code t}'s head is the root of its sentence (a headline's main verb). */
  private static boolean isRoot(SentenceFacts s, Trigger t) {
    IndexedWord node = s.graph().getNodeByIndexSafe(t.begin() + 1);
    return node != null && s.graph().getRoots().contains(node);
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

  /**
   * The date of the event: a date phrase inside the trigger's own phrase ("his resignation, which
   * took effect on November 24") first, else one on a verb above it ("confirmed on Monday that it
   * had discontinued the case").
   */
  private static String date(SentenceFacts s, Trigger t) {
    for (DateMention d : s.dates()) {
      int parent = attachment(s, d);
      if (parent >= 0 && (t.covers(parent) || s.dominates(t.begin(), parent))) {
        return d.value();
      }
    }
    for (DateMention d : s.dates()) {
      int parent = attachment(s, d);
      if (parent >= 0 && isVerb(s, parent) && s.dominates(parent, t.begin())) {
        return d.value();
      }
    }
    if (s.dates().size() == 1) {
      // the sentence's only date, unless it dates the alleged act ("assaulted her in 2014")
      DateMention d = s.dates().get(0);
      int parent = attachment(s, d);
      for (Trigger act : s.triggers()) {
        if (act.kind() == TriggerLexicon.Kind.ACT
            && parent >= 0
            && (act.covers(parent) || s.dominates(act.begin(), parent))) {
          return null;
        }
      }
      return parent >= 0 ? d.value() : null;
    }
    return null;
  }

  /**
   * How far before the publication date an event may lie and still be this article's news: <b>60
   * days</b> (to the end of a month or year given without a day). Older events are background that
   * an earlier article reported; events after the publication date are plans, not events.
   */
  static final int RECENT_DAYS = 60;

  /** Whether ISO date {@code date} (year, month or day) ends within the recent window. */
  static boolean recent(String date, java.time.LocalDate published) {
    java.time.LocalDate from;
    java.time.LocalDate to;
    try {
      if (date.length() == 4) {
        from = java.time.LocalDate.of(Integer.parseInt(date), 1, 1);
        to = from.plusYears(1).minusDays(1);
      } else if (date.length() == 7) {
        from = java.time.YearMonth.parse(date).atDay(1);
        to = java.time.YearMonth.parse(date).atEndOfMonth();
      } else {
        from = java.time.LocalDate.parse(date.substring(0, 10));
        to = from;
      }
    } catch (RuntimeException e) {
      return false;
    }
    return !to.isBefore(published.minusDays(RECENT_DAYS)) && !from.isAfter(published);
  }

  /**
   * The date a narrative carries forward to an undated sentence: the last date of the nearest
   * earlier gated sentence, at most two sentences back ("A jury convicted him on Monday. He was
   * found not guilty of a fourth count."), or null.
   */
  private static String carriedDate(DocumentFacts facts, SentenceFacts s) {
    String found = null;
    for (SentenceFacts o : facts.sentences()) {
      if (o.index() < s.index() && o.index() >= s.index() - 2 && !o.dates().isEmpty()) {
        found = o.dates().get(o.dates().size() - 1).value();
      }
    }
    return found;
  }

  /** Whether the sentence before {@code s} names the police ("... police said. 'We are ...'"). */
  private static boolean policeBefore(DocumentFacts facts, SentenceFacts s) {
    if (s.index() == 0) {
      return false;
    }
    var before =
        facts
            .document()
            .sentences()
            .get(s.index() - 1)
            .get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class);
    if (before == null) {
      return false;
    }
    for (CoreLabel token : before) {
      String lemma = token.lemma() == null ? token.word() : token.lemma();
      if (POLICE.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  /** Whether the trigger or the verb that governs it is negated ("we didn't go to the police"). */
  static boolean negated(SentenceFacts s, Trigger t) {
    IndexedWord w = s.graph().getNodeByIndexSafe(t.begin() + 1);
    for (int depth = 0; w != null && depth < 3; depth++) {
      for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(w)) {
        String rel = e.getRelation().toString();
        if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
            && NEGATIONS.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))
            && !t.covers(e.getDependent().index() - 1)) {
          return true;
        }
      }
      if (w.tag() != null && w.tag().startsWith("VB")) {
        return false;
      }
      w = s.graph().getParent(w);
    }
    return false;
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
          "due",
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
