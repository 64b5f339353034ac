package org.casewatch.nlp.allegation.internal;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;

/**
 * Resolves a pronoun on the accuser side of a claim ("she was assaulted", "touched them", "her
 * allegations") to the person or description it stands for: the nearest compatible person mention
 * before it, in its sentence or the two sentences before.
 *
 * <p>How and why: an accuser is usually introduced once ("a woman reported that she was sexually
 * assaulted", "Imogen Tarrant, who says she was harassed by ...", "One of the women, a former
 * doctoral student, alleges that he sexually assaulted her") and then referred to by a pronoun in
 * the clause that states the act. The subject of an alleging verb ("alleges", "reported that")
 * governing the pronoun is taken first when it agrees. Full coreference (CoreNLP's {@code coref})
 * costs a constituency or dependency parse of every sentence plus a mention model; this rule-based
 * pass reads only cheap-pass tokens (tags, lemmas, 3-class entities), so it adds no annotator work
 * (ADR 0004's speed targets). A candidate is a PERSON entity or the head of a noun phrase headed by
 * a noun of {@code rules/person-nouns.txt}; it must agree in number (she/her/he/him: singular;
 * they/them: plural) and must not carry the other gender ("Mr", "man", "boy" for "she"; "Ms",
 * "woman" for "he"). The accused, pronouns, organisations and people who speak for others (lawyers,
 * spokespeople, police, reporters) are skipped. Stateless.
 */
public final class Antecedents {

  private static final Set<String> SINGULAR =
      Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  private static final Set<String> PLURAL = Set.of("they", "them", "their", "themselves");
  private static final Set<String> FEMININE_PRONOUNS = Set.of("she", "her", "hers", "herself");
  private static final Set<String> FEMALE =
      Set.of(
          "woman",
          "women",
          "girl",
          "mother",
          "wife",
          "daughter",
          "sister",
          "lady",
          "actress",
          "waitress",
          "girlfriend",
          "businesswoman",
          "chairwoman",
          "spokeswoman",
          "policewoman",
          "niece",
          "aunt",
          "grandmother",
          "schoolgirl",
          "ms",
          "mrs",
          "miss",
          "dame",
          "madam");
  private static final Set<String> MALE =
      Set.of(
          "man",
          "men",
          "boy",
          "father",
          "husband",
          "son",
          "brother",
          "gentleman",
          "boyfriend",
          "businessman",
          "chairman",
          "spokesman",
          "policeman",
          "nephew",
          "uncle",
          "grandfather",
          "schoolboy",
          "mr",
          "sir",
          "lord",
          "king",
          "prince");
  private static final Set<String> NOT_ACCUSERS =
      Set.of(
          "lawyer",
          "solicitor",
          "barrister",
          "attorney",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "reporter",
          "journalist",
          "editor",
          "police",
          "officer",
          "detective",
          "constable",
          "prosecutor",
          "judge",
          "official",
          "policeman",
          "defendant",
          "suspect",
          "representative");
  private static final Set<String> DESCRIPTION_TAGS =
      Set.of("DT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH");
  private static final Pattern HONORIFIC_BEFORE =
      Pattern.compile("(?i)\\b(mr|mrs|ms|miss|sir|dame|lord|lady)\\.?\\s+$");
  private static final Pattern HONORIFIC_START =
      Pattern.compile("(?i)(mr|mrs|ms|miss|sir|dame|lord|lady)\\.?\\s+");

  /** Verbs whose subject, when compatible, is the antecedent before any nearer candidate. */
  private static final Set<String> ALLEGING =
      Set.of("allege", "accuse", "claim", "complain", "report");

  /**
   * Verbs of telling: their speaker is the antecedent of a pronoun in the complement ("The woman
   * told the paper that he touched her", "Ms Kite said he assaulted her") only when the speaker is
   * a description or a name whose gender the document marks and the pronoun agrees with. Lawyers,
   * prosecutors and police tell courts what happened to someone else ("Tom Sneddon told the court
   * that Mr Jackson ... molested him"), and a bare name does not say which it is; a description of
   * someone who speaks for others (lawyer, spokesperson, police) is skipped as always.
   */
  private static final Set<String> TELLING = Set.of("tell", "say", "describe", "state");

  /** How many sentences before the pronoun's own are searched. */
  static final int SENTENCES_BACK = 2;

  private Antecedents() {}

  /** Whether token {@code i} of {@code s} is a personal pronoun this class can resolve. */
  public static boolean isPronoun(SentenceFacts s, int i) {
    if (i < 0 || i >= s.tokens().size()) {
      return false;
    }
    String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
    return SINGULAR.contains(w) || PLURAL.contains(w);
  }

  /**
   * The antecedent of the pronoun at token {@code pronoun} of {@code s}, or null.
   *
   * @param accused the accused of the claim (never an antecedent), or null
   * @param sameSentenceOnly whether to search only before the pronoun in its own sentence
   */
  public static Party find(
      DocumentFacts facts, SentenceFacts s, int pronoun, Party accused, boolean sameSentenceOnly) {
    if (!isPronoun(s, pronoun)) {
      return null;
    }
    String p = s.tokens().get(pronoun).word().toLowerCase(Locale.ROOT);
    boolean plural = PLURAL.contains(p);
    Boolean feminine = plural ? null : FEMININE_PRONOUNS.contains(p);
    for (RoleRules.RoleMatch r : s.roles()) {
      int src = r.node("source");
      int verb = r.node("sourceverb");
      boolean telling = verb >= 0 && TELLING.contains(s.lemma(verb));
      if (src >= 0
          && src < pronoun
          && verb >= 0
          && (ALLEGING.contains(s.lemma(verb)) || telling)
          && s.dominates(r.trigger(), pronoun)) {
        Party c = candidate(facts, s.tokens(), s, src, accused, true, plural, feminine);
        if (c != null
            && (!telling
                || c.how() != Party.How.NAME
                || feminine != null && feminine.equals(genderOfName(facts, c.party().key())))) {
          return c;
        }
      }
    }
    List<edu.stanford.nlp.util.CoreMap> sentences = facts.document().sentences();
    int last = sameSentenceOnly ? s.index() : Math.max(0, s.index() - SENTENCES_BACK);
    for (int k = s.index(); k >= last; k--) {
      List<CoreLabel> tokens =
          k == s.index()
              ? s.tokens()
              : sentences.get(k).get(CoreAnnotations.TokensAnnotation.class);
      if (tokens == null) {
        continue;
      }
      SentenceFacts graphSentence = k == s.index() ? s : facts.sentence(k);
      int from = k == s.index() ? pronoun - 1 : tokens.size() - 1;
      for (int i = from; i >= 0; i--) {
        Party c =
            candidate(facts, tokens, graphSentence, i, accused, k == s.index(), plural, feminine);
        if (c != null) {
          return k == s.index() ? c : new Party(c.party(), c.how(), pronoun);
        }
      }
    }
    return null;
  }

  private static Party candidate(
      DocumentFacts facts,
      List<CoreLabel> tokens,
      SentenceFacts graphSentence,
      int i,
      Party accused,
      boolean sameSentence,
      boolean plural,
      Boolean feminine) {
    CoreLabel token = tokens.get(i);
    if (sameSentence && accused != null && i == accused.token()) {
      return null;
    }
    EntityMention entity = entityAt(facts.document().entities(), token);
    if (entity != null) {
      if (entity.type() != EntityType.PERSON
          || plural
          || token.endPosition() != lastTokenEnd(tokens, entity, i)) {
        return null; // only the last token of a name stands for it
      }
      if (accused != null && entity.canonicalName().equalsIgnoreCase(accusedName(accused))) {
        return null;
      }
      Boolean g = genderOfName(facts, entity.canonicalName());
      if (feminine != null && g != null && !g.equals(feminine)) {
        return null;
      }
      return new Party(new ClaimParty(entity.canonicalName(), entity.text()), Party.How.NAME, i);
    }
    String tag = token.tag() == null ? "" : token.tag();
    String lemma = (token.lemma() != null ? token.lemma() : token.word()).toLowerCase(Locale.ROOT);
    if ("one".equals(lemma) && !plural && graphSentence != null && isSubject(graphSentence, i)) {
      return new Party(new ClaimParty(null, token.word()), Party.How.DESCRIPTION, i);
    }
    if (!tag.startsWith("NN") || !Parties.isPersonNoun(lemma) || NOT_ACCUSERS.contains(lemma)) {
      return null;
    }
    if (i + 1 < tokens.size() && String.valueOf(tokens.get(i + 1).tag()).startsWith("NN")) {
      return null; // a modifier ("student union"), not the head
    }
    boolean nounPlural = tag.equals("NNS") || tag.equals("NNPS");
    if (nounPlural != plural) {
      return null;
    }
    if (feminine != null && (feminine ? MALE.contains(lemma) : FEMALE.contains(lemma))) {
      return null;
    }
    if (sameSentence && graphSentence != null) {
      Party p = facts.parties().resolve(graphSentence, i);
      if (p != null && p.how() != Party.How.ORGANISATION) {
        if (accused != null && p.party().key().equalsIgnoreCase(accused.party().key())) {
          return null;
        }
        return p;
      }
    }
    int lo = i;
    while (lo > 0 && DESCRIPTION_TAGS.contains(String.valueOf(tokens.get(lo - 1).tag()))) {
      lo--;
    }
    String text = facts.document().text();
    int begin = tokens.get(lo).beginPosition();
    int end = token.endPosition();
    String mention =
        begin >= 0 && end <= text.length() && begin < end
            ? text.substring(begin, end).replaceAll("\\s+", " ")
            : token.word();
    if (accused != null && mention.equalsIgnoreCase(accused.party().mention())) {
      return null;
    }
    return new Party(new ClaimParty(null, mention), Party.How.DESCRIPTION, i);
  }

  private static String accusedName(Party accused) {
    return accused.party().name() != null ? accused.party().name() : accused.party().mention();
  }

  private static boolean isSubject(SentenceFacts s, int i) {
    IndexedWord node = s.graph().getNodeByIndexSafe(i + 1);
    if (node == null) {
      return false;
    }
    for (SemanticGraphEdge e : s.graph().incomingEdgeIterable(node)) {
      if (e.getRelation().toString().startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  private static int lastTokenEnd(List<CoreLabel> tokens, EntityMention m, int i) {
    int end = tokens.get(i).endPosition();
    for (int j = i + 1; j < tokens.size(); j++) {
      if (tokens.get(j).endPosition() <= m.end()) {
        end = tokens.get(j).endPosition();
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Whether two mentions can be the same person by gender: false when the head word (the last word)
   * of one is female ("woman", "Ms") and of the other male ("man", "Mr").
   */
  public static boolean sameGender(String a, String b) {
    Boolean x = genderOfWord(a);
    Boolean y = genderOfWord(b);
    return x == null || y == null || x.equals(y);
  }

  private static Boolean genderOfWord(String mention) {
    String[] words = mention.toLowerCase(Locale.ROOT).split("[\\s.]+");
    for (String w : new String[] {words[0], words[words.length - 1]}) {
      if (FEMALE.contains(w)) {
        return Boolean.TRUE;
      }
      if (MALE.contains(w)) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /**
   * Whether the document marks person {@code name} as female (TRUE: "Ms", "Mrs", "Miss", "Dame",
   * "Lady" before a mention) or male (FALSE: "Mr", "Sir", "Lord"), or null when it does not.
   */
  static Boolean genderOfName(DocumentFacts facts, String name) {
    String text = facts.document().text();
    for (EntityMention m : facts.document().entities()) {
      if (m.type() != EntityType.PERSON || !name.equalsIgnoreCase(m.canonicalName())) {
        continue;
      }
      var before = HONORIFIC_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 6), m.begin()));
      var inside = HONORIFIC_START.matcher(m.text());
      String h = before.find() ? before.group(1) : inside.lookingAt() ? inside.group(1) : null;
      if (h != null) {
        return FEMALE.contains(h.toLowerCase(Locale.ROOT));
      }
    }
    return null;
  }

  private static EntityMention entityAt(List<EntityMention> entities, CoreLabel token) {
    for (EntityMention m : entities) {
      if (token.beginPosition() >= m.begin() && token.endPosition() <= m.end()) {
        return m;
      }
    }
    return null;
  }
}
