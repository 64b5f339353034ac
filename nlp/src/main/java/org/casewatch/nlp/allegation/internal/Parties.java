package org.casewatch.nlp.allegation.internal;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;

/**
 * Turns a dependency node into a party: a PERSON entity's canonical name, a pronoun, or a
 * description ("her manager", "a 24-year-old dancer") linked to a name when the document ties it to
 * exactly one person.
 */
public final class Parties {

  private static final Set<String> PERSON_NOUNS = Set.copyOf(Resources.lines("person-nouns.txt"));
  private static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  private static final Set<String> DESCRIPTION_RELATIONS =
      Set.of("det", "amod", "compound", "nummod", "nmod:poss", "advmod", "flat", "obl:npmod");

  private final String text;
  private final List<EntityMention> entities;
  private final TitleIndex titles;

  /** A resolver for one document. */
  public Parties(String text, List<EntityMention> entities, TitleIndex titles) {
    this.text = text;
    this.entities = entities;
    this.titles = titles;
  }

  /** Whether {@code lemma} is a noun for a person. */
  public static boolean isPersonNoun(String lemma) {
    return PERSON_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** The party token {@code index} of {@code s} denotes, or null when it is not a person. */
  public Party resolve(SentenceFacts s, int index) {
    if (index < 0 || index >= s.tokens().size()) {
      return null;
    }
    CoreLabel token = s.tokens().get(index);
    EntityMention entity = entityAt(token);
    if (entity == null) {
      IndexedWord node = s.graph().getNodeByIndexSafe(index + 1);
      if (node != null) {
        for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(node)) {
          String rel = e.getRelation().toString();
          if (rel.equals("appos")
              || rel.equals("flat")
              || rel.equals("compound")
              || rel.equals("dep")) {
            EntityMention m = entityAt(s.tokens().get(e.getDependent().index() - 1));
            if (m != null && m.type() == EntityType.PERSON) {
              entity = m;
            }
          }
        }
      }
    }
    if (entity == null && token.tag() != null && token.tag().startsWith("NNP")) {
      entity = surnameOf(token.word());
    }
    if (entity != null) {
      if (entity.type() == EntityType.PERSON) {
        return new Party(
            new ClaimParty(entity.canonicalName(), entity.text()), Party.How.NAME, index);
      }
      return new Party(
          new ClaimParty(entity.canonicalName(), entity.text()), Party.How.ORGANISATION, index);
    }
    String tag = token.tag() == null ? "" : token.tag();
    String lemma = s.lemma(index);
    if (tag.equals("NNPS") && lemma.length() > 3 && lemma.endsWith("s") && !isPersonNoun(lemma)) {
      lemma = lemma.substring(0, lemma.length() - 1); // "Priests" in a Title Case headline
    }
    if (tag.startsWith("PRP") && PRONOUNS.contains(token.word().toLowerCase(Locale.ROOT))) {
      return new Party(new ClaimParty(null, token.word()), Party.How.BARE_PRONOUN, index);
    }
    String handle = handleName(token.word());
    if (handle != null) {
      return new Party(new ClaimParty(handle, token.word()), Party.How.NAME, index);
    }
    int partitive = partitiveHead(s, index);
    if (partitive >= 0) {
      Party inner = resolve(s, partitive);
      if (inner == null || inner.how() == Party.How.ORGANISATION) {
        return null;
      }
      return new Party(new ClaimParty(null, description(s, index)), Party.How.DESCRIPTION, index);
    }
    // In a Title Case headline a common noun is tagged NNP ("Priest Accused of ..."): accept a
    // person noun that is not part of a recognised name.
    if (!tag.startsWith("NN")
        || (tag.startsWith("NNP") && !headlineNoun(token))
        || !isPersonNoun(lemma)) {
      return null;
    }
    String description = description(s, index);
    EntityMention apposed = apposedName(s, index);
    if (apposed != null) {
      return new Party(
          new ClaimParty(apposed.canonicalName(), apposed.text()), Party.How.NAME, index);
    }
    boolean definite = description.matches("(?i)^(the|this|that|his|her|their|its)\\b.*|.*'s\\b.*");
    String name = definite ? titles.uniqueName(lemma) : null;
    return new Party(
        new ClaimParty(name, description),
        name != null ? Party.How.TITLE : Party.How.DESCRIPTION,
        index);
  }

  /**
   * The name a social-media handle or hashtag spells, or null: {@code @luv_ranjan} gives "Luv
   * Ranjan" and {@code #MattLauer} "Matt Lauer". Only handles that split into two or three words
   * (at underscores or lower-to-upper case changes) of three letters or more are taken for a
   * person's name; {@code #metoo}, {@code #MeToo} or {@code @nytimes} are not.
   */
  public static String handleName(String word) {
    if (word == null
        || word.length() < 4
        || (word.charAt(0) != '@' && word.charAt(0) != '#')
        || !word.substring(1).matches("[A-Za-z][A-Za-z_]*[a-z]")) {
      return null;
    }
    String body = word.substring(1);
    List<String> parts = new java.util.ArrayList<>();
    for (String piece : body.split("_")) {
      for (String w : piece.split("(?<=[a-z])(?=[A-Z])")) {
        if (!w.isEmpty()) {
          parts.add(w);
        }
      }
    }
    if (parts.size() < 2 || parts.size() > 3) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (String w : parts) {
      if (w.length() < 3 || !w.chars().allMatch(Character::isLetter)) {
        return null;
      }
      name.append(name.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.toString();
  }

  /** Whether an NNP-tagged token is a capitalised common noun outside any recognised name. */
  private boolean headlineNoun(CoreLabel token) {
    String w = token.word();
    return w.length() > 1
        && Character.isUpperCase(w.charAt(0))
        && entityAt(token) == null
        && (token.ner() == null || "O".equals(token.ner()));
  }

  /**
   * For "one of Warren's professors" or "two of his colleagues", the person noun after "of", or -1:
   * the claim's party is then the whole partitive phrase.
   */
  private static int partitiveHead(SentenceFacts s, int index) {
    String lemma = s.lemma(index);
    if (!lemma.matches("one|two|three|four|five|some|several|many|most|all|none")) {
      return -1;
    }
    IndexedWord node = s.graph().getNodeByIndexSafe(index + 1);
    if (node == null) {
      return -1;
    }
    for (SemanticGraphEdge e : s.graph().outgoingEdgeIterable(node)) {
      if (e.getRelation().toString().equals("nmod:of")) {
        int i = e.getDependent().index() - 1;
        String tag = s.tokens().get(i).tag();
        if (tag != null && tag.startsWith("NN")) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The words of the noun phrase headed by token {@code index}: determiners, modifiers, owner. */
  String description(SentenceFacts s, int index) {
    SemanticGraph g = s.graph();
    IndexedWord head = g.getNodeByIndexSafe(index + 1);
    int lo = index;
    int hi = index;
    if (head != null) {
      Deque<IndexedWord> todo = new ArrayDeque<>();
      Set<IndexedWord> seen = new HashSet<>();
      todo.add(head);
      while (!todo.isEmpty()) {
        IndexedWord w = todo.pop();
        if (!seen.add(w)) {
          continue;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
          String rel = e.getRelation().toString();
          boolean possessive = rel.equals("case") && e.getDependent().word().matches("['’]s?");
          String depTag = e.getDependent().tag() == null ? "" : e.getDependent().tag();
          boolean trailingVerb = e.getDependent().index() - 1 > index && depTag.startsWith("VB");
          boolean partitive = w == head && rel.equals("nmod:of") && partitiveHead(s, index) >= 0;
          boolean ofCase = rel.equals("case") && w != head && e.getDependent().index() - 1 > index;
          if ((DESCRIPTION_RELATIONS.contains(rel) || possessive || partitive || ofCase)
              && !trailingVerb) {
            int i = e.getDependent().index() - 1;
            lo = Math.min(lo, i);
            hi = Math.max(hi, i);
            todo.add(e.getDependent());
          }
        }
      }
    }
    int begin = s.tokens().get(lo).beginPosition();
    int end = s.tokens().get(hi).endPosition();
    return begin >= 0 && end <= text.length() && begin < end
        ? text.substring(begin, end).replaceAll("\\s+", " ")
        : s.tokens().get(index).word();
  }

  /**
   * The PERSON named in apposition right after the noun phrase of token {@code index} ("the
   * artistic director of the Playhouse, Rafe Dunstable,"): the name after the first comma that
   * follows the head within a few tokens.
   */
  private EntityMention apposedName(SentenceFacts s, int index) {
    List<CoreLabel> tokens = s.tokens();
    for (int i = index + 1; i < Math.min(tokens.size() - 1, index + 8); i++) {
      String w = tokens.get(i).word();
      if (w.equals(",")) {
        EntityMention m = entityAt(tokens.get(i + 1));
        return m != null && m.type() == EntityType.PERSON ? m : null;
      }
      String tag = tokens.get(i).tag();
      if (tag == null || tag.startsWith("VB") || tag.equals(".") || tag.equals("WP")) {
        return null;
      }
    }
    return null;
  }

  /**
   * The PERSON the document names in full whose last name is {@code word}, when exactly one is: a
   * bare surname the entity recogniser missed ("Booker Accused Of ..." after "CORY BOOKER").
   */
  private EntityMention surnameOf(String word) {
    if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    EntityMention found = null;
    for (EntityMention m : entities) {
      String name = m.canonicalName() == null ? m.text() : m.canonicalName();
      int space = name.lastIndexOf(' ');
      if (m.type() == EntityType.PERSON
          && space > 0
          && name.substring(space + 1).equalsIgnoreCase(word)) {
        if (found != null && !name.equalsIgnoreCase(found.canonicalName())) {
          return null;
        }
        found = m;
      }
    }
    return found;
  }

  private EntityMention entityAt(CoreLabel token) {
    for (EntityMention m : entities) {
      if (token.beginPosition() >= m.begin() && token.endPosition() <= m.end()) {
        return m;
      }
    }
    return null;
  }
}
