package org.casewatch.nlp.event;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts case events (accusation, arrest, charge, verdict, lawsuit, resignation, ...) from the
 * event triggers of a document that carries at least one allegation claim.
 *
 * <p>How and why: events are reported only in documents about a sexual-misconduct case (a fraud
 * trial or a pub-fight sentence is not a case event), so the claims gate the events. The trigger's
 * label is refined by its sentence: an investigation is the police's when the police are named
 * there, an organisation's when an employer or organisation is, and otherwise the police's only in
 * a document that names the police or a prosecution; a complaint is a police report when the police
 * are where it went; a suit is a defamation suit when defamation or libel is named, and then its
 * claimant is the accused. Future, hypothetical and negated events are dropped, and so are event
 * nouns that only name something else ("the trial judge").
 *
 * <p>News versus background. In a dated article (a news report) an event must be the article's
 * news; old news repeated in later paragraphs is the main source of false events. So, in a dated
 * article: an event that continues or remains ("the investigation is continuing"), an event noun
 * that belongs to another event or noun ("an appeal against his convictions", "the conclusion of
 * the investigation"), and an event in a relative clause ("Mr X, who was dismissed in May") are
 * background, and so are an event in a clause of "while" (the backdrop) or of "after", "following"
 * or "since" (what the news follows), an event noun that a verb ends ("both lawsuits are
 * withdrawn") or that a copula describes ("the investigation had been thorough"), and what an
 * allegation says ("the claim alleges that Corvane failed to act on her complaint"); an undated
 * event is news only in the lead ({@link #LEAD_SENTENCES}); a dated one only within {@link
 * #RECENT_DAYS} days before publication, or {@link #REVEALED_DAYS} for the events that become
 * public when someone tells the press (a complaint, a report to the police, a decision not to
 * charge). An apology is made by saying it: quoted in the present tense or as what someone said, it
 * is news wherever the article has it. A denial or a statement answers an accusation: it is news
 * (anywhere in the article) only when the accusation is, and otherwise the standing position
 * repeated. In undated texts (tweets, the BBC corpus) background events that are stated count, as
 * the gold guide labels them. Events "before" which something happened, and the goals of "try",
 * "seek" or "a right to", had not happened; an infinitive is as real as the word it complements
 * ("due to stand trial").
 *
 * <p>Dating. The date is the date expression governed by the trigger, else one on a verb above it
 * (not through a conjunct), else the sentence's only date; never a date of the alleged act
 * ("alleged that he assaulted her on 25 December", also inside a quotation that names the act) nor
 * of another clause ("who has worked there since 2016", "apologise for the way her complaint was
 * handled in 2022"), an "after" phrase ("opened an investigation after receiving reports in
 * October") or another verb ("the professor jailed last month has lodged an appeal", "made a
 * complaint in January and has also reported it to the police"). An undated event takes the date a
 * narrative carries from the previous two sentences ("A jury convicted him on Monday. He was found
 * not guilty of a fourth count."; not into the present tense: "He denies the allegation" is now),
 * else, in the lead, the date the news was told ("the university said on Monday": a morning paper
 * reports the previous day's announcement; not for an accusation, which the article itself makes
 * public), else the publication date ({@code report}). One event per type: a date of its own beats
 * a lead sentence that tells in the present tense ("Police confirm they are investigating"), which
 * beats the lead's news date, which beats the publication date, and a finer date inside the kept
 * one refines it. Run with this class's logger at debug level to see every decision.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventExtractor {

  private static final Set<String> POLICE = Set.of("police", "detective", "constabulary");

  /**
   * How many sentences from the start of a dated article count as its lead: <b>8</b> (headline,
   * standfirst, byline, dateline and the first two or three sentences of the body). An undated
   * event is news only there.
   */
  static final int LEAD_SENTENCES = 8;

  private static final Set<String> DEFAMATION = Set.of("defamation", "libel", "slander");
  private static final Set<String> CHARGE_VERBS =
      Set.of(
          "face",
          "bring",
          "file",
          "lay",
          "authorise",
          "authorize",
          "announce",
          "press",
          // a defendant who "denies ten charges" or "admits two charges" has been charged
          "deny",
          "admit",
          "plead");
  private static final Set<String> NEEDS_DATE = Set.of();
  private static final Set<String> PROSECUTION =
      Set.of("police", "cps", "prosecutor", "prosecution", "court", "force");

  /** Events that answer an accusation: news only in an article whose news is the accusation. */
  static final Set<String> REACTIONS = Set.of("denial", "statement");

  /**
   * Events that become public when the article publishes them: undated, they take the publication
   * date, not the date an organisation told its own news in the lead ("the university said on
   * Monday"): an accusation is made public by the report.
   */
  private static final Set<String> MADE_PUBLIC = Set.of("accusation");

  /** Events that are news when announced, before they take effect ("will introduce a code"). */
  private static final Set<String> ANNOUNCED = Set.of("policy_change");

  private static final int RANK_PUBLISHED = 0;
  private static final int RANK_NEWS = 1;
  private static final int RANK_TOLD_TODAY = 2;
  private static final int RANK_OWN = 3;

  /** Events made by saying them (see {@link #performed}). */
  private static final Set<String> SPOKEN = Set.of("apology", "denial");

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
    if (LOG.isDebugEnabled()) {
      String text = facts.document().text();
      LOG.debug(
          "document published {}: {}",
          published,
          text.substring(0, Math.min(80, text.length())).replace('\n', ' '));
    }
    java.time.LocalDate day = facts.document().published();
    boolean dated = day != null;
    String newsDate = dated ? newsDate(facts, day) : null;
    boolean criminal = criminalDocument(facts);
    Map<String, CaseEvent> events = new LinkedHashMap<>();
    Map<String, Integer> ranks = new HashMap<>();
    Map<String, CaseEvent> reactions = new LinkedHashMap<>();
    for (SentenceFacts s : facts.sentences()) {
      for (Trigger t : s.triggers()) {
        if (t.kind() != TriggerLexicon.Kind.EVENT) {
          continue;
        }
        String type = refine(s, t, policeBefore(facts, s), criminal);
        if (type == null) {
          trace(facts, s, t, t.label(), null, "not this event here");
          continue;
        }
        if (irrealis(s, t) && !(ANNOUNCED.contains(type) && announced(s, t))) {
          trace(facts, s, t, type, null, "irrealis");
          continue;
        }
        if (negated(s, t)) {
          trace(facts, s, t, type, null, "negated");
          continue;
        }
        if (modifier(s, t)) {
          trace(facts, s, t, type, null, "noun modifier");
          continue;
        }
        String background = dated ? backgroundMention(s, t, type) : null;
        if (background != null) {
          trace(facts, s, t, type, null, background);
          continue;
        }
        String date = date(s, t);
        int rank = date != null ? RANK_OWN : RANK_PUBLISHED;
        boolean lead = s.index() < LEAD_SENTENCES;
        if (date == null && dated) {
          String carried = presentTense(s, t) ? null : carriedDate(facts, s, day, type);
          if (carried != null) {
            date = carried;
          } else if (lead && tellsToday(s) && presentTelling(s)) {
            // "Eastmoor Police confirm they are investigating": told today, in so many words
            rank = RANK_TOLD_TODAY;
          } else if (lead
              && !newsDate.equals(published)
              && !tellsToday(s)
              && !MADE_PUBLIC.contains(type)) {
            date = newsDate;
            rank = RANK_NEWS;
          }
        }
        boolean reaction = dated && REACTIONS.contains(type);
        // an apology or a denial is made by saying it: said in the present tense or quoted as said
        boolean spoken = SPOKEN.contains(type) && performed(s, t);
        boolean performed = dated && type.equals("apology") && spoken;
        if (date == null
            && (NEEDS_DATE.contains(type)
                || (BACKGROUND.contains(type)
                    && simplePast(s, t)
                    && !isRoot(s, t)
                    && !headline(s)
                    && !spoken)
                || (dated && !lead && !reaction && !performed && !ANNOUNCED.contains(type)))) {
          trace(facts, s, t, type, null, "undated background");
          continue;
        }
        if (date != null && dated && !recent(date, day, type)) {
          trace(facts, s, t, type, date, "not recent");
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
        if (reaction && date == null && !lead) {
          trace(facts, s, t, type, e.date(), "reaction, if the accusation is news");
          reactions.putIfAbsent(type, e);
          continue;
        }
        CaseEvent before = events.get(type);
        int beforeRank = ranks.getOrDefault(type, -1);
        if (before == null
            || rank > beforeRank
            || (rank == RANK_OWN && beforeRank == RANK_OWN && refines(e.date(), before.date()))) {
          trace(facts, s, t, type, e.date(), "kept (rank " + rank + ")");
          events.put(type, e);
          ranks.put(type, rank);
        } else {
          trace(facts, s, t, type, e.date(), "kept earlier " + before.date());
        }
      }
    }
    if (events.containsKey("charges_dropped")) {
      // "no realistic prospect of conviction" about a charge that existed is why it was dropped
      events.remove("no_charges");
    }
    if (dated) {
      if (events.containsKey("accusation")) {
        reactions.forEach(events::putIfAbsent);
      } else {
        // a denial or a statement answers an accusation; without the accusation as this
        // article's news it is the standing position repeated, not news
        REACTIONS.forEach(events::remove);
      }
    }
    return new ArrayList<>(events.values());
  }

  /** Whether {@code t} is announced with "will" or "shall" ("the Playhouse will introduce"). */
  private static boolean announced(SentenceFacts s, Trigger t) {
    IndexedWord w = s.graph().getNodeByIndexSafe(t.begin() + 1);
    for (int depth = 0; w != null && depth < 3; depth++) {
      for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(w)) {
        String word = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
        if (e.getRelation().toString().startsWith("aux")
            && (word.equals("will") || word.equals("shall"))) {
          return true;
        }
      }
      w = s.graph().getParent(w);
    }
    return false;
  }

  /**
   * Whether the trigger is a noun that only modifies another noun ("the trial judge", "an appeal
   * court"): a word of an event used as a name for something else.
   */
  static boolean modifier(SentenceFacts s, Trigger t) {
    IndexedWord node = s.graph().getNodeByIndexSafe(t.end());
    // common nouns only: a Title Case headline tags its verbs NNP ("for Accusing Harold Bloom")
    if (node == null
        || !("NN".equals(node.tag()) || "NNS".equals(node.tag()))
        || t.end() - t.begin() > 1) {
      return false;
    }
    for (SemanticGraphEdge e : s.graph().incomingEdgeIterable(node)) {
      if (e.getRelation().toString().equals("compound")) {
        return true;
      }
    }
    return false;
  }

  /** Lemmas of a state that goes on: what they govern is an event reported before. */
  private static final Set<String> ONGOING = Set.of("continue", "ongoing", "remain");

  private static final Set<String> ONGOING_MODIFIERS = Set.of("ongoing", "continuing", "pending");

  /**
   * Why the trigger, in a dated article, mentions an event reported before rather than this
   * article's news, or null: an event that "continues" or "remains" or is "ongoing"; an event noun
   * that belongs to another event or noun ("appeal against his convictions", "the conclusion of the
   * investigation", "settle their claims") or that another verb ends ("both lawsuits are
   * withdrawn"); a verb in a relative clause about a person ("Mr X, who denies the allegations",
   * "who was dismissed in May", "the professor jailed last month") and a noun inside one ("the
   * evidence gathered in their investigation"); an event in a clause of "while" (the backdrop: "on
   * leave while police investigate") or of "after", "following" or "since" (what the news follows:
   * "sentenced on March 14, after a jury convicted him in February"), except the events that become
   * news only when revealed ("opened an investigation after receiving reports in October"); an
   * event noun that a copula describes ("the investigation had been thorough"). A headline's events
   * are its news: of these, only an event noun that is the object of another event or of an ending
   * ("settle defamation claims") is background there.
   */
  static String backgroundMention(SentenceFacts s, Trigger t, String type) {
    int head = head(s, t);
    IndexedWord node = s.graph().getNodeByIndexSafe(head + 1);
    if (node == null) {
      return null;
    }
    IndexedWord parent = s.graph().getParent(node);
    SemanticGraphEdge up = parent == null ? null : s.graph().getEdge(parent, node);
    if (up != null
        && ONGOING.contains(lemma(parent))
        && (up.getRelation().toString().startsWith("nsubj")
            || up.getRelation().toString().equals("xcomp"))) {
      return "ongoing";
    }
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(node)) {
      if (ONGOING_MODIFIERS.contains(e.getDependent().word().toLowerCase(java.util.Locale.ROOT))
          && e.getRelation().toString().equals("amod")) {
        return "ongoing";
      }
    }
    String tag = node.tag() == null ? "" : node.tag();
    if (tag.startsWith("NN") && continuesAfter(s, t)) {
      return "ongoing";
    }
    String rel = up == null ? "" : up.getRelation().toString();
    for (SemanticGraphEdge e :
        tag.startsWith("NN")
            ? s.graph().incomingEdgeIterable(node)
            : List.<SemanticGraphEdge>of()) {
      // enhanced++ gives each conjunct its own edge ("settle harassment and defamation claims")
      String r = e.getRelation().toString();
      IndexedWord gov = e.getGovernor();
      if (t.covers(gov.index() - 1)) {
        continue;
      }
      if ((r.equals("obj") || r.startsWith("nsubj")) && ENDING.contains(lemma(gov))) {
        return "what ends";
      }
      if (r.equals("obj") && eventAt(s, t, gov.index() - 1)) {
        return "part of another event";
      }
    }
    if (headline(s)) {
      return null;
    }
    String backdrop = adverbialClause(s, node);
    if (backdrop != null && (backdrop.equals("while") || !REVEALED.contains(type))) {
      return backdrop.equals("while") ? "ongoing" : "what the news follows";
    }
    if (tag.startsWith("NN") && insideRelativeClause(s, t, node)) {
      return "relative clause";
    }
    if (tag.startsWith("NN") && described(s, node, rel, parent)) {
      return "described";
    }
    if (alleged(s, node)) {
      return "what is alleged";
    }
    if (rel.endsWith(":against")) {
      return "what is opposed";
    }
    if (tag.startsWith("NN")
        && parent != null
        && !hasVerb(s, t)
        && (rel.equals("obj") || rel.startsWith("obl:") || rel.startsWith("nmod:"))
        && !rel.endsWith(":as")) {
      int gov = parent.index() - 1;
      String govTag = parent.tag() == null ? "" : parent.tag();
      for (Trigger other : s.triggers()) {
        if (other != t && other.kind() == TriggerLexicon.Kind.EVENT && other.covers(gov)) {
          return "part of another event";
        }
      }
      if (govTag.startsWith("NN") && !t.covers(gov)) {
        return "part of a noun phrase";
      }
    }
    if (tag.startsWith("VB")) {
      for (SemanticGraphEdge e : s.graph().incomingEdgeIterable(node)) {
        String clause = e.getRelation().toString();
        if (clause.equals("acl:relcl") || clause.equals("acl")) {
          return "relative clause";
        }
      }
    }
    return null;
  }

  /** Verbs that end an event named as their object or subject: "both lawsuits are withdrawn". */
  private static final Set<String> ENDING =
      Set.of(
          "withdraw",
          "drop",
          "settle",
          "dismiss",
          "resolve",
          "discontinue",
          "end",
          "abandon",
          "conclude",
          "quash",
          "overturn",
          "lift");

  /** Whether another event trigger of the sentence covers token {@code i}. */
  private static boolean eventAt(SentenceFacts s, Trigger t, int i) {
    for (Trigger other : s.triggers()) {
      if (other != t && other.kind() == TriggerLexicon.Kind.EVENT && other.covers(i)) {
        return true;
      }
    }
    return false;
  }

  /** Subordinators whose clause or phrase gives the backdrop or an earlier event. */
  private static final Set<String> BACKDROP = Set.of("while", "after", "following", "since");

  /**
   * The subordinator ("while", "after", "following", "since") of the nearest adverbial clause or
   * phrase above {@code node} ("after a jury convicted him", "following allegations"), or null.
   */
  private static String adverbialClause(SentenceFacts s, IndexedWord node) {
    IndexedWord w = node;
    for (int depth = 0; w != null && depth < 20; depth++) {
      for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(w)) {
        String word = e.getDependent().word().toLowerCase(java.util.Locale.ROOT);
        if ((e.getRelation().toString().equals("mark") || e.getRelation().toString().equals("case"))
            && BACKDROP.contains(word)
            && e.getDependent().index() < w.index()) {
          return word;
        }
      }
      IndexedWord p = s.graph().getParent(w);
      SemanticGraphEdge e = p == null ? null : s.graph().getEdge(p, w);
      String rel = e == null ? "" : e.getRelation().toString();
      if (!(rel.startsWith("obj")
          || rel.startsWith("nsubj")
          || rel.startsWith("nmod")
          || rel.equals("amod")
          || rel.equals("compound")
          || rel.equals("xcomp")
          || rel.startsWith("advcl")
          || rel.startsWith("obl"))) {
        return null;
      }
      if (rel.startsWith("advcl") || rel.startsWith("obl")) {
        // the clause or phrase of this adverbial: its subordinator was checked above
        String sub = rel.contains(":") ? rel.substring(rel.indexOf(':') + 1) : "";
        return BACKDROP.contains(sub) ? sub : null;
      }
      w = p;
    }
    return null;
  }

  /**
   * Whether event noun {@code node} lies inside a relative or participial clause that describes
   * something else ("Mr X, who was dismissed after an internal investigation", "the evidence
   * gathered in their investigation"); a clause on the event noun itself ("his resignation, which
   * took effect on November 24") is the event's own.
   */
  private static boolean insideRelativeClause(SentenceFacts s, Trigger t, IndexedWord node) {
    IndexedWord w = node;
    for (int depth = 0; w != null && depth < 20; depth++) {
      IndexedWord p = s.graph().getParent(w);
      if (p == null) {
        return false;
      }
      SemanticGraphEdge e = s.graph().getEdge(p, w);
      String rel = e == null ? "" : e.getRelation().toString();
      String tag = w.tag() == null ? "" : w.tag();
      // a participle ("gathered", sometimes tagged VBD), not an infinitive ("a decision to charge")
      if (!t.covers(p.index() - 1)
          && (rel.equals("acl:relcl")
              || (rel.equals("acl") && tag.startsWith("VB") && !tag.equals("VB")))) {
        return true;
      }
      w = p;
    }
    return false;
  }

  private static final Set<String> ALLEGING = Set.of("allege", "claim", "accuse");

  /**
   * Whether {@code node} lies in what an allegation says ("the claim alleges that Corvane failed to
   * act on the written complaint she made"): an alleged fact, already part of that accusation.
   */
  private static boolean alleged(SentenceFacts s, IndexedWord node) {
    IndexedWord w = node;
    for (int depth = 0; w != null && depth < 20; depth++) {
      IndexedWord p = s.graph().getParent(w);
      if (p == null) {
        return false;
      }
      SemanticGraphEdge e = s.graph().getEdge(p, w);
      if (e != null && e.getRelation().toString().equals("ccomp") && ALLEGING.contains(lemma(p))) {
        return true;
      }
      w = p;
    }
    return false;
  }

  /**
   * Whether event noun {@code node} is the subject that a copula describes ("the investigation had
   * been thorough"): the event is the topic, known already, not what happened.
   */
  private static boolean described(
      SentenceFacts s, IndexedWord node, String rel, IndexedWord parent) {
    if (parent == null || !rel.startsWith("nsubj")) {
      return false;
    }
    String tag = parent.tag() == null ? "" : parent.tag();
    if (tag.startsWith("VB")) {
      return false;
    }
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(parent)) {
      if (e.getRelation().toString().equals("cop")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first verb after an event noun says it goes on ("their investigation into a report
   * ... was continuing", "enquiries are ongoing"): a word-order check for when the parse attaches
   * the noun elsewhere.
   */
  private static boolean continuesAfter(SentenceFacts s, Trigger t) {
    for (int i = t.end(); i < s.tokens().size(); i++) {
      String tag = s.tokens().get(i).tag();
      if (tag == null || !tag.startsWith("VB")) {
        continue;
      }
      String lemma = s.lemma(i);
      if (lemma.equals("continue")) {
        return true;
      }
      if ((lemma.equals("be") || lemma.equals("remain")) && i + 1 < s.tokens().size()) {
        return s.lemma(i + 1).equals("continue") || s.lemma(i + 1).equals("ongoing");
      }
      return false;
    }
    return false;
  }

  private static boolean hasVerb(SentenceFacts s, Trigger t) {
    for (int i = t.begin(); i < t.end(); i++) {
      String tag = s.tokens().get(i).tag();
      if (tag != null && tag.startsWith("VB")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The token of {@code t} that the rest of the sentence hangs it from: one with no governor inside
   * the trigger (enhanced++ gives a conjunct a second governor: in "harassment and defamation
   * claims" the head of "defamation claims" is "claims").
   */
  private static int head(SentenceFacts s, Trigger t) {
    for (int i = t.begin(); i < t.end(); i++) {
      IndexedWord w = s.graph().getNodeByIndexSafe(i + 1);
      if (w == null) {
        continue;
      }
      boolean inside = false;
      for (SemanticGraphEdge e : s.graph().incomingEdgeIterable(w)) {
        inside |= t.covers(e.getGovernor().index() - 1);
      }
      if (!inside) {
        return i;
      }
    }
    return t.begin();
  }

  private static String lemma(IndexedWord w) {
    String l = w.lemma() != null ? w.lemma() : w.word();
    return l.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether the sentence is a headline: no finite verb, or most of its longer words capitalised ("A
   * Look Back At How the Media Demonized Naomi Wolf for Accusing ..."). A headline's events are its
   * news, whatever their tense.
   */
  static boolean headline(SentenceFacts s) {
    if (verbless(s)) {
      return true;
    }
    int words = 0;
    int capitalised = 0;
    for (CoreLabel token : s.tokens()) {
      String w = token.word();
      if (w.length() > 3 && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  /** Verbs whose date is the date the article's news was told ("the university said on Monday"). */
  private static final Set<String> TELLING =
      Set.of(
          "say",
          "announce",
          "confirm",
          "tell",
          "state",
          "reveal",
          "write",
          "publish",
          "issue",
          "release",
          "add");

  /** How many days before publication the lead's telling date may lie: <b>7</b>. */
  static final int NEWS_DAYS = 7;

  /**
   * The date the lead's news was told: a date of the lead on a verb of telling ("the university
   * said on Monday", "in a statement published on Monday") within {@link #NEWS_DAYS} days before
   * publication; else the publication date. Undated events of the lead ("has suspended",
   * "apologises") are dated by it: a morning paper reports the previous day's announcement.
   */
  private static String newsDate(DocumentFacts facts, java.time.LocalDate day) {
    for (SentenceFacts s : facts.sentences()) {
      if (s.index() >= LEAD_SENTENCES) {
        break;
      }
      for (DateMention d : s.dates()) {
        if (d.value().length() != 10) {
          continue;
        }
        java.time.LocalDate when = java.time.LocalDate.parse(d.value());
        if (when.isAfter(day) || when.isBefore(day.minusDays(NEWS_DAYS))) {
          continue;
        }
        int at = attachment(s, d);
        IndexedWord w = at < 0 ? null : s.graph().getNodeByIndexSafe(at + 1);
        while (w != null && (w.tag() == null || !w.tag().startsWith("VB"))) {
          w = s.graph().getParent(w);
        }
        if (w != null && TELLING.contains(lemma(w))) {
          return d.value();
        }
      }
    }
    return day.toString();
  }

  /**
   * Whether the sentence's main verb is itself an undated telling ("Police confirm they are
   * investigating"): its news is told on the publication day, not on the lead's earlier date.
   */
  private static boolean tellsToday(SentenceFacts s) {
    for (IndexedWord root : s.graph().getRoots()) {
      if (TELLING.contains(lemma(root))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence's telling root is in the present tense ("Police confirm ..."): the news is
   * told on the publication day, which beats a news date the lead took from another teller ("the
   * university confirmed on Monday").
   */
  private static boolean presentTelling(SentenceFacts s) {
    for (IndexedWord root : s.graph().getRoots()) {
      if (TELLING.contains(lemma(root)) && present(s, root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code finer} is a more precise date inside {@code coarser} (2025-03-14 in 2025-03).
   */
  static boolean refines(String finer, String coarser) {
    return finer != null
        && coarser != null
        && finer.length() > coarser.length()
        && finer.startsWith(coarser);
  }

  /**
   * Events that become news when they are revealed, months later: complaints, reports, decisions.
   */
  private static final Set<String> REVEALED =
      Set.of("complaint_to_employer", "police_report", "no_charges");

  /**
   * How far back a revealed event dated to the month or day may lie: <b>183 days</b>. A complaint
   * to an employer or a prosecutor's letter is private until someone tells the press; a firing or a
   * charge is public and reported within days.
   */
  static final int REVEALED_DAYS = 183;

  /** {@link #recent(String, java.time.LocalDate)} with the window of {@code type}. */
  static boolean recent(String date, java.time.LocalDate published, String type) {
    boolean revealed = REVEALED.contains(type) && date.length() >= 7;
    return recent(date, published, revealed ? REVEALED_DAYS : RECENT_DAYS);
  }

  private static final Logger LOG = LoggerFactory.getLogger(EventExtractor.class);

  /** Logs at debug level what became of trigger {@code t}: the rule trail behind an event. */
  private static void trace(
      DocumentFacts facts, SentenceFacts s, Trigger t, String type, String date, String outcome) {
    if (LOG.isDebugEnabled()) {
      String words =
          String.join(
              " ", s.tokens().subList(t.begin(), t.end()).stream().map(CoreLabel::word).toList());
      String text = facts.document().text().substring(s.begin(), s.end()).replace('\n', ' ');
      LOG.debug(
          "s{} {} '{}' {}: {} {} | {}",
          s.index(),
          type,
          words,
          date,
          outcome,
          s.dates().stream().map(DateMention::value).toList(),
          text.length() > 160 ? text.substring(0, 160) + "..." : text);
    }
  }

  static String refine(SentenceFacts s, Trigger t) {
    return refine(s, t, false);
  }

  /** The event type of {@code t} in a document without police or prosecution vocabulary. */
  static String refine(SentenceFacts s, Trigger t, boolean policeBefore) {
    return refine(s, t, policeBefore, false);
  }

  /**
   * The event type of {@code t}; {@code policeBefore}: the sentence before names the police; {@code
   * criminalDocument}: the document names the police or a prosecution somewhere (an investigation
   * named by neither the police nor an organisation is then the criminal one).
   */
  static String refine(SentenceFacts s, Trigger t, boolean policeBefore, boolean criminalDocument) {
    String type = t.label();
    boolean police = s.hasLemma(POLICE) || policeBefore;
    switch (type) {
      case "police_investigation":
        return police || (criminalDocument && !employerContext(s))
            ? type
            : "internal_investigation";
      case "complaint_to_employer":
        return policeNear(s, t) || (policeBefore && !employerContext(s)) ? "police_report" : type;
      case "civil_lawsuit":
        return s.hasLemma(DEFAMATION) ? "defamation_lawsuit" : type;
      case "charge":
        return chargeEvent(s, t) ? type : null;
      case "accusation":
        return accusationEvent(s, t) ? type : null;
      case "statement":
        return police || s.hasLemma(PROSECUTION) ? null : type;
      case "apology":
        return apologyEvent(s, t) ? type : null;
      case "policy_change":
        // accepting recommendations changes policy when they are rules ("all 14 of the report's
        // recommendations, including a ban on ..."), not a verdict on one person
        return !s.lemma(t.end() - 1).equals("recommendation") || s.hasLemma(POLICY_WORDS)
            ? type
            : null;
      default:
        return type;
    }
  }

  /** Words of rules and procedures: what a policy change is made of. */
  private static final Set<String> POLICY_WORDS =
      Set.of(
          "ban",
          "register",
          "training",
          "policy",
          "code",
          "procedure",
          "rule",
          "guidance",
          "line",
          "vetting",
          "safeguarding");

  /** Lemmas that put an investigation or a complaint inside an organisation. */
  private static final Set<String> EMPLOYER =
      Set.of(
          "university",
          "company",
          "board",
          "employer",
          "firm",
          "school",
          "college",
          "church",
          "diocese",
          "archdiocese",
          "club",
          "organisation",
          "organization",
          "network",
          "studio",
          "barrister",
          "external",
          "independent",
          "internal",
          "hr",
          "manager",
          "staff",
          "council",
          "theatre",
          "group",
          "department",
          "employee",
          "colleague");

  /**
   * Whether the sentence places an event inside an organisation: an employer word or an
   * organisation name. An investigation with neither the police nor an organisation named ("the
   * subsequent investigation into Mr Jackson's relationship with the boy") is a criminal one.
   */
  private static boolean employerContext(SentenceFacts s) {
    if (s.hasLemma(EMPLOYER)) {
      return true;
    }
    for (CoreLabel token : s.tokens()) {
      if ("ORGANIZATION".equals(token.ner())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the police are where a complaint went: named inside the trigger's phrase or on the verb
   * that governs it ("complained to police", "a complaint to Eastmoor Police"), not merely
   * elsewhere in the sentence ("made a complaint to the board and has also reported it to the
   * police").
   */
  private static boolean policeNear(SentenceFacts s, Trigger t) {
    for (int i = t.begin(); i < t.end(); i++) {
      if (POLICE.contains(s.lemma(i))) {
        return true;
      }
    }
    IndexedWord node = s.graph().getNodeByIndexSafe(head(s, t) + 1);
    if (node == null) {
      return false;
    }
    List<IndexedWord> near = new ArrayList<>(s.graph().descendants(node));
    IndexedWord parent = s.graph().getParent(node);
    if (parent != null) {
      near.add(parent);
      for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(parent)) {
        if (!e.getRelation().toString().startsWith("conj")) {
          near.add(e.getDependent());
        }
      }
    }
    // the subject of a clause above: "Police confirmed that it had opened an investigation after
    // receiving reports"
    IndexedWord up = parent;
    for (int depth = 0; up != null && depth < 4; depth++) {
      for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(up)) {
        if (e.getRelation().toString().startsWith("nsubj")) {
          near.add(e.getDependent());
        }
      }
      up = s.graph().getParent(up);
    }
    for (IndexedWord w : near) {
      if (POLICE.contains(lemma(w))) {
        return true;
      }
    }
    return false;
  }

  /** Documents that allege as part of a proceeding of their own: "the lawsuit alleges". */
  private static final Set<String> FILINGS =
      Set.of(
          "claim",
          "lawsuit",
          "suit",
          "complaint",
          "indictment",
          "filing",
          "writ",
          "petition",
          "action",
          "particulars");

  /** Verbs by which allegations appear ("allegations emerged", "new allegations were made"). */
  private static final Set<String> APPEARING =
      Set.of(
          "emerge",
          "surface",
          "come",
          "arise",
          "mount",
          "grow",
          "make",
          "raise",
          "level",
          "bring",
          "report",
          "follow",
          "pile",
          "multiply",
          "spread",
          "resurface");

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
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(node)) {
      if (e.getRelation().toString().startsWith("nsubj")
          && FILINGS.contains(lemma(e.getDependent()))) {
        // "the claim also alleges that ...": what a lawsuit or a charge says is that event's
        // content, not a new accusation
        return false;
      }
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
        return SUBJECT_RELATIONS.contains(rel) && APPEARING.contains(lemma(e.getGovernor()));
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

  /**
   * Whether an apology trigger apologises: "apologise" and "apology" always, "sorry" only as what
   * someone is ("I am sorry", "said it was profoundly sorry"), not "sorry to hear" or "a sorry
   * state".
   */
  private static boolean apologyEvent(SentenceFacts s, Trigger t) {
    if (!s.lemma(t.begin()).equals("sorry")) {
      return true;
    }
    IndexedWord node = s.graph().getNodeByIndexSafe(t.begin() + 1);
    if (node == null) {
      return false;
    }
    boolean copula = false;
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(node)) {
      String rel = e.getRelation().toString();
      if (rel.equals("cop") && lemma(e.getDependent()).equals("be")) {
        copula = true;
      }
      if (rel.equals("xcomp") || rel.startsWith("advcl")) {
        return false;
      }
    }
    return copula;
  }

  /**
   * Whether an apology is made in the article rather than recalled: in the present tense ("We
   * apologise", "I am sorry") or as what someone said ("the university said it was sorry"). An
   * apology is made by saying it, so the saying is the news wherever the article quotes it; "has
   * apologised" and "apologised in May" are reports of an earlier one.
   */
  static boolean performed(SentenceFacts s, Trigger t) {
    IndexedWord node = s.graph().getNodeByIndexSafe(head(s, t) + 1);
    if (node == null || "VBN".equals(node.tag())) {
      return false;
    }
    if (present(s, node)) {
      return true;
    }
    for (SemanticGraphEdge e : s.graph().incomingEdgeIterable(node)) {
      if (e.getRelation().toString().equals("ccomp") && TELLING.contains(lemma(e.getGovernor()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether predicate {@code node} is in the present tense: a present verb ("denies", "apologise")
   * or a present copula or progressive auxiliary ("am sorry", "are investigating"); not the present
   * perfect ("has denied"), which reports the past.
   */
  private static boolean present(SentenceFacts s, IndexedWord node) {
    String tag = node.tag() == null ? "" : node.tag();
    if (tag.equals("VBZ") || tag.equals("VBP")) {
      return true;
    }
    if (tag.equals("VBN") || tag.equals("VBD")) {
      return false;
    }
    if (tag.equals("VB")) {
      // a base form with a subject and no auxiliary is a present tense the tagger missed ("Police
      // confirm they are investigating")
      boolean subject = false;
      for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(node)) {
        String rel = e.getRelation().toString();
        if (rel.startsWith("aux") || rel.equals("mark")) {
          return false;
        }
        subject |= rel.startsWith("nsubj");
      }
      return subject;
    }
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(node)) {
      String rel = e.getRelation().toString();
      String aux = e.getDependent().tag();
      if ((rel.equals("cop") || rel.equals("aux"))
          && ("VBZ".equals(aux) || "VBP".equals(aux))
          && lemma(e.getDependent()).equals("be")) {
        return true;
      }
    }
    return false;
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
   * took effect on November 24") first, but not one of a clause or "after" phrase of its own below
   * it ("apologise for the way her complaint was handled in 2022", "opened an investigation after
   * receiving reports in October"); else one on a verb above it ("confirmed on Monday that it had
   * discontinued the case").
   */
  private static String date(SentenceFacts s, Trigger t) {
    List<DateMention> dates = new ArrayList<>();
    for (DateMention d : s.dates()) {
      if (!quotedAct(s, t, d)) {
        dates.add(d);
      }
    }
    for (DateMention d : dates) {
      int parent = attachment(s, d);
      if (parent >= 0
          && !datesAct(s, t, parent)
          && (t.covers(parent) || s.dominates(head(s, t), parent))
          && !belowInOwnClause(s, t, parent)) {
        return d.value();
      }
    }
    for (DateMention d : dates) {
      int parent = attachment(s, d);
      if (parent >= 0
          && !datesAct(s, t, parent)
          && isVerb(s, parent)
          && s.dominates(parent, t.begin())
          && !throughConjunct(s, parent, t.begin())) {
        return d.value();
      }
    }
    if (s.dates().size() == 1 && dates.size() == 1) {
      // the sentence's only date, unless it dates the alleged act ("assaulted her in 2014") or
      // belongs to a clause of its own ("Mr X, who has worked there since 2016, denied ...")
      DateMention d = dates.get(0);
      int parent = attachment(s, d);
      if (parent < 0
          || datesAct(s, t, parent)
          || inOtherClause(s, parent, t.begin())
          || otherVerb(s, t, parent)
          || (s.dominates(head(s, t), parent) && belowInOwnClause(s, t, parent))) {
        return null;
      }
      return d.value();
    }
    return null;
  }

  /**
   * Whether date {@code d} is inside a quotation that names an alleged act and not the event ("had
   * received a report of \"a sexual assault in Wrenmouth in December 2023\""): a quotation is one
   * phrase, so its date is the act's however the parser attaches it.
   */
  private static boolean quotedAct(SentenceFacts s, Trigger t, DateMention d) {
    int open = -1;
    for (int i = 0; i < s.tokens().size(); i++) {
      String w = s.tokens().get(i).word();
      boolean opening = w.equals("``") || (w.equals("\"") && open < 0);
      boolean closing = w.equals("''") || (w.equals("\"") && open >= 0);
      if (opening && open < 0) {
        open = i;
      } else if (closing && open >= 0) {
        int from = open;
        int to = i;
        open = -1;
        boolean dateInside =
            s.tokens().get(from).endPosition() <= d.begin()
                && d.end() <= s.tokens().get(to).beginPosition();
        if (!dateInside || (t.begin() > from && t.begin() < to)) {
          continue;
        }
        for (Trigger act : s.triggers()) {
          if (act.kind() == TriggerLexicon.Kind.ACT && act.begin() > from && act.end() <= to) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether a date hanging from token {@code parent} dates an alleged act rather than event {@code
   * t}: it hangs inside an act trigger's phrase ("alleged that he assaulted her on 25 December").
   */
  private static boolean datesAct(SentenceFacts s, Trigger t, int parent) {
    for (Trigger act : s.triggers()) {
      if (act.kind() != TriggerLexicon.Kind.ACT || act.covers(t.begin())) {
        continue;
      }
      for (int i = act.begin(); i < act.end(); i++) {
        if (s.dominates(i, parent) && !s.dominates(i, t.begin())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> CLAUSES =
      Set.of("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "appos");

  /**
   * Whether the date hanging from token {@code parent}, below trigger {@code t}, belongs to a
   * clause or an "after"/"before" phrase of its own on the way down: any clause but a relative
   * clause on the event noun itself ("his resignation, which took effect on November 24").
   */
  private static boolean belowInOwnClause(SentenceFacts s, Trigger t, int parent) {
    IndexedWord w = s.graph().getNodeByIndexSafe(parent + 1);
    for (int depth = 0; w != null && depth < 20 && !t.covers(w.index() - 1); depth++) {
      IndexedWord p = s.graph().getParent(w);
      if (p == null) {
        return false;
      }
      SemanticGraphEdge e = s.graph().getEdge(p, w);
      String rel = e == null ? "" : e.getRelation().toString();
      String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
      String sub = rel.contains(":") ? rel.substring(rel.indexOf(':') + 1) : "";
      // a relative clause or an apposition on the event noun itself describes the event
      boolean ownRelative = (base.equals("acl") || base.equals("appos")) && t.covers(p.index() - 1);
      if ((CLAUSES.contains(base) && !ownRelative)
          || ((base.equals("obl") || base.equals("nmod") || base.equals("advcl"))
              && (BACKDROP.contains(sub) || sub.equals("before")))) {
        return true;
      }
      w = p;
    }
    return false;
  }

  /**
   * Whether the date hanging from token {@code parent} dates another verb's event: a verb outside
   * the trigger that does not govern it ("the professor jailed last month ... has lodged an
   * appeal"), or one joined to it only as a conjunct ("made a complaint in January and has also
   * reported it to the police").
   */
  private static boolean otherVerb(SentenceFacts s, Trigger t, int parent) {
    if (t.covers(parent) || !isVerb(s, parent)) {
      return false;
    }
    return !s.dominates(parent, t.begin()) || throughConjunct(s, parent, t.begin());
  }

  /**
   * Whether token {@code i} lies in a clause (relative, adverbial, complement, appositive) that
   * does not contain token {@code trigger}.
   */
  private static boolean inOtherClause(SentenceFacts s, int i, int trigger) {
    IndexedWord w = s.graph().getNodeByIndexSafe(i + 1);
    for (int depth = 0; w != null && depth < 20; depth++) {
      IndexedWord p = s.graph().getParent(w);
      if (p == null) {
        return false;
      }
      SemanticGraphEdge e = s.graph().getEdge(p, w);
      if (e != null
          && CLAUSES.contains(e.getRelation().toString())
          && !s.dominates(w.index() - 1, trigger)) {
        return true;
      }
      if (s.dominates(p.index() - 1, trigger)) {
        return false;
      }
      w = p;
    }
    return false;
  }

  /**
   * Whether the path from {@code ancestor} down to {@code node} passes a conjunct: a date of the
   * first of two coordinated verbs does not date the second ("made a complaint in January and has
   * also reported it to the police").
   */
  private static boolean throughConjunct(SentenceFacts s, int ancestor, int node) {
    IndexedWord w = s.graph().getNodeByIndexSafe(node + 1);
    for (int depth = 0; w != null && w.index() - 1 != ancestor && depth < 20; depth++) {
      IndexedWord p = s.graph().getParent(w);
      if (p == null) {
        return false;
      }
      SemanticGraphEdge e = s.graph().getEdge(p, w);
      if (e != null && e.getRelation().toString().startsWith("conj")) {
        return true;
      }
      w = p;
    }
    return false;
  }

  /**
   * How far before the publication date an event may lie and still be this article's news: <b>60
   * days</b> (to the end of a month or year given without a day). Older events are background that
   * an earlier article reported; events after the publication date are plans, not events.
   */
  static final int RECENT_DAYS = 60;

  /** Whether ISO date {@code date} (year, month or day) ends within the recent window. */
  static boolean recent(String date, java.time.LocalDate published) {
    return recent(date, published, RECENT_DAYS);
  }

  private static boolean recent(String date, java.time.LocalDate published, int days) {
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
    return !to.isBefore(published.minusDays(days)) && !from.isAfter(published);
  }

  /**
   * The date a narrative carries forward to an undated sentence: the last date of the nearest
   * earlier gated sentence, at most two sentences back, that does not date an alleged act, if it is
   * recent enough to be news ("A jury convicted him on Monday. He was found not guilty of a fourth
   * count."), or null. A sentence in the present tense ("He denies the allegation") speaks of now
   * and takes none (see {@link #presentTense}).
   */
  private static String carriedDate(
      DocumentFacts facts, SentenceFacts s, java.time.LocalDate day, String type) {
    String found = null;
    for (SentenceFacts o : facts.sentences()) {
      if (o.index() < s.index() && o.index() >= s.index() - 2) {
        for (DateMention d : o.dates()) {
          if (!datesAnAct(o, d)) {
            found = d.value();
          }
        }
      }
    }
    return found != null && recent(found, day, type) ? found : null;
  }

  /**
   * Whether the trigger's clause is in the present tense ("He denies", "police are investigating").
   */
  private static boolean presentTense(SentenceFacts s, Trigger t) {
    IndexedWord w = s.graph().getNodeByIndexSafe(head(s, t) + 1);
    for (int depth = 0; w != null && depth < 4; depth++) {
      String tag = w.tag() == null ? "" : w.tag();
      if (tag.startsWith("VB") || s.graph().getRoots().contains(w)) {
        return present(s, w);
      }
      w = s.graph().getParent(w);
    }
    return false;
  }

  /** Whether date {@code d} of sentence {@code o} hangs inside an act trigger's phrase. */
  private static boolean datesAnAct(SentenceFacts o, DateMention d) {
    int parent = attachment(o, d);
    for (Trigger act : o.triggers()) {
      for (int i = act.begin(); parent >= 0 && i < act.end(); i++) {
        if (act.kind() == TriggerLexicon.Kind.ACT && o.dominates(i, parent)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> CRIMINAL =
      Set.of("police", "detective", "constabulary", "prosecution", "prosecutor", "sheriff", "cps");

  /** Whether any sentence of the document names the police or a prosecution. */
  private static boolean criminalDocument(DocumentFacts facts) {
    for (CoreMap sentence : facts.document().sentences()) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (CoreLabel token : tokens == null ? List.<CoreLabel>of() : tokens) {
        String lemma = token.lemma() == null ? token.word() : token.lemma();
        if (CRIMINAL.contains(lemma.toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
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

  /**
   * Whether the trigger or the verb that governs it is negated ("we didn't go to the police", "no
   * one has been arrested").
   */
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
        if (rel.startsWith("nsubj") && nobody(s, e.getDependent())) {
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

  /** Whether a subject is nobody: "nobody", "none", "no one", "no officer". */
  private static boolean nobody(SentenceFacts s, IndexedWord subject) {
    String word = subject.word().toLowerCase(java.util.Locale.ROOT);
    if (word.equals("nobody") || word.equals("none")) {
      return true;
    }
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(subject)) {
      if (e.getRelation().toString().equals("det")
          && e.getDependent().word().equalsIgnoreCase("no")) {
        return true;
      }
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
          "consider",
          // an event before which something happened had not happened then ("before being
          // fired", "before he was due to stand trial")
          "before",
          // goals and attempts do not entail their object ("trying to negotiate a settlement")
          "try",
          "seek",
          "attempt",
          "want",
          "hope",
          "negotiate",
          // what one has a right or a chance to has not happened ("a right to a fair trial")
          "right",
          "chance",
          "opportunity");

  /**
   * Whether the trigger's clause is future, conditional or hypothetical; a headline's bare
   * infinitive is a plan ("Sajid Khan to Sue #Housefull4"). An infinitive is as real as the word it
   * complements, so the check goes on above it ("due to stand trial", "trying to negotiate a
   * settlement", but "decided to charge him").
   */
  static boolean irrealis(SentenceFacts s, Trigger t) {
    if (t.begin() > 0 && s.lemma(t.begin() - 1).equals("to") && headline(s)) {
      return true;
    }
    IndexedWord w = s.graph().getNodeByIndexSafe(t.begin() + 1);
    if (w != null && "VB".equals(w.tag()) && s.graph().getRoots().contains(w)) {
      for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(w)) {
        if (e.getRelation().toString().equals("mark")
            && e.getDependent().word().equalsIgnoreCase("to")) {
          return true;
        }
      }
    }
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
      if (w.tag() != null && w.tag().startsWith("VB") && !infinitive(s, w)) {
        return false;
      }
      w = s.graph().getParent(w);
    }
    return false;
  }

  /** Whether verb {@code w} is an infinitive with "to" ("to stand trial"). */
  private static boolean infinitive(SentenceFacts s, IndexedWord w) {
    if (!"VB".equals(w.tag())) {
      return false;
    }
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(w)) {
      if (e.getRelation().toString().equals("mark")
          && e.getDependent().word().equalsIgnoreCase("to")) {
        return true;
      }
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
