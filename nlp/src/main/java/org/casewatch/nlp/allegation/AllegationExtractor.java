package org.casewatch.nlp.allegation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casewatch.model.Claim;
import org.casewatch.model.ClaimParty;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.nlp.allegation.internal.Antecedents;
import org.casewatch.nlp.allegation.internal.Attribution;
import org.casewatch.nlp.allegation.internal.ClaimDraft;
import org.casewatch.nlp.allegation.internal.DocumentFacts;
import org.casewatch.nlp.allegation.internal.Parties;
import org.casewatch.nlp.allegation.internal.Party;
import org.casewatch.nlp.allegation.internal.RoleRules.RoleMatch;
import org.casewatch.nlp.allegation.internal.SentenceFacts;

/**
 * Extracts sexual-misconduct allegation claims from an {@link AnalysedDocument}.
 *
 * <p>How and why: a claim needs an act trigger ({@code rules/triggers.tsv}) and an accused found by
 * a dependency rule ({@code rules/roles.semgrex}) that is a person: the act's own roles ("X groped
 * her", "assault by X"), else the roles of a trigger that governs the act ("X was charged with
 * rape", "allegations against X of harassment", "she accused him of assault"), else of the nearest
 * other trigger. This structural requirement is what keeps general discussion ("harassment
 * training"), metaphors and crimes of other kinds out: they have no person in an accused role of a
 * sexual act. Sentences about fiction (films, plays, plots) are skipped. A defamation suit reverses
 * the roles of its claimant and defendant. Pronouns take the accused (or accuser) of an earlier
 * claim of the document, or the single person named just before; a description becomes a name only
 * through {@link org.casewatch.nlp.allegation.internal.TitleIndex}. Claims are merged per accused
 * and act; the modality and source come from {@link Attribution}. Accusers are then read across the
 * document, the way a reader links a report's people without a coreference model (ADR 0004): a
 * claim without one takes the accuser of a claim in the same sentence; a short definite description
 * ("the woman", "his accuser") the one singular accuser stated before it; and in a document about
 * one named accused with one accuser (one name, or one described person), every claim whose
 * sentence names no accuser takes that accuser.
 *
 * <p>Stateless and thread-safe.
 */
public final class AllegationExtractor {

  private static final Set<String> FICTION =
      Set.of(
          "film",
          "movie",
          "novel",
          "drama",
          "episode",
          "character",
          "plot",
          "storyline",
          "depict",
          "portray",
          "sitcom",
          "fictional",
          "screenplay",
          "script",
          "thriller");
  private static final Set<String> DEFAMATION = Set.of("defamation", "libel", "slander");
  private static final Set<String> DENY = Set.of("denial");
  private static final Set<String> CONFIRM = Set.of("conviction");

  /** Extracts the claims of {@code doc}, merged per accused and act, in order of evidence. */
  public List<Claim> extract(AnalysedDocument doc) {
    return extract(DocumentFacts.of(doc));
  }

  /** Extracts the claims from already computed facts. */
  public List<Claim> extract(DocumentFacts facts) {
    Map<String, ClaimDraft> drafts = new LinkedHashMap<>();
    List<Orphan> orphans = new ArrayList<>();
    Party lastAccused = null;
    Party lastAccuser = null;
    String published =
        facts.document().published() == null ? null : facts.document().published().toString();
    for (SentenceFacts s : facts.sentences()) {
      boolean fiction = isFiction(s);
      for (Trigger t : s.triggers()) {
        if (t.kind() != TriggerLexicon.Kind.ACT
            || (t.needsSexualContext() && !facts.sexualContext())
            || (fiction && !realCase(s, t))) {
          continue;
        }
        Roles roles = roles(s, t);
        Party accused = person(facts, s, roles.accused, lastAccused, true);
        if (t.weak() && (accused == null || !isPerson(accused))) {
          continue; // a weak trigger counts only with a person accused from a dependency rule
        }
        Party orderAccuser = null;
        if (accused == null
            || accused.how() == Party.How.ORGANISATION
            || accused.token() >= t.end()) {
          Party order = subjectByWordOrder(facts, s, t);
          if (order != null) {
            accused = order;
            int object = objectByWordOrder(s, t);
            roles = new Roles(order.token(), object, true);
            orderAccuser = spanParty(facts, s, t.end(), object);
          }
        }
        if (accused == null || accused.how() == Party.How.ORGANISATION) {
          Party headline = headlineAccused(facts, s, t);
          if (headline != null) {
            accused = headline;
            roles = new Roles(headline.token(), roles.accuser, true);
          }
        }
        if (accused == null && roles.accused >= 0) {
          accused =
              namedSide(facts, s, "accused", s.hasLemma(DEFAMATION) ? "claimant" : "defendant");
        }
        if (accused == null && roles.accused < 0) {
          Party orphanAccuser = accuser(facts, s, t, roles.accuser, null, lastAccuser);
          orphans.add(
              new Orphan(
                  s,
                  t,
                  orphanAccuser == null || orphanAccuser.how() == Party.How.ORGANISATION
                      ? null
                      : orphanAccuser));
        }
        if (accused == null
            || accused.how() == Party.How.ORGANISATION
            || (accused.how() == Party.How.DESCRIPTION && generalPlural(s, accused.token()))) {
          continue;
        }
        Party accuser =
            orderAccuser != null
                ? orderAccuser
                : accuser(facts, s, t, roles.accuser, accused, lastAccuser);
        if (accuser == null) {
          accuser = speaker(facts, s, t, accused);
        }
        if (accuser == null) {
          accuser = headlineAccuser(facts, s, t);
        }
        if (accuser == null) {
          accuser = objectAfterVerb(facts, s, t);
        }
        if (accuser == null && roles.accuser >= 0) {
          accuser =
              namedSide(facts, s, "accuser", s.hasLemma(DEFAMATION) ? "defendant" : "claimant");
        }
        if (accuser != null
            && (accuser.how() == Party.How.ORGANISATION
                || accuser.party().key().equalsIgnoreCase(accused.party().key()))) {
          accuser = null;
        }
        lastAccused = accused.party().name() != null ? accused : lastAccused;
        lastAccuser = accuser != null && accuser.party().name() != null ? accuser : lastAccuser;
        String key = accused.party().key().toLowerCase(Locale.ROOT) + "|" + t.label();
        ClaimDraft d = drafts.computeIfAbsent(key, k -> new ClaimDraft());
        d.add(facts, s, t, accused, accuser, roles.governed, published);
      }
    }
    List<Claim> out = new ArrayList<>();
    List<ClaimDraft> consolidated = consolidate(facts, drafts, orphans, published);
    long named =
        consolidated.stream()
            .map(d -> d.accused().name())
            .filter(n -> n != null)
            .distinct()
            .count();
    for (ClaimDraft d : consolidated) {
      out.add(d.build(facts, named == 1));
    }
    return out;
  }

  private record Orphan(SentenceFacts sentence, Trigger trigger, Party accuser) {}

  /**
   * In a document about one named accused, claims against an unlinked description or pronoun and
   * act nouns without an accused ("a report of a sexual assault") are that person's; a general
   * "sexual misconduct" claim is dropped when a specific act is claimed against the same accused.
   */
  private static List<ClaimDraft> consolidate(
      DocumentFacts facts, Map<String, ClaimDraft> drafts, List<Orphan> orphans, String published) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (ClaimDraft d : drafts.values()) {
      if (d.accused().name() != null) {
        names.add(d.accused().name());
      }
    }
    Map<String, ClaimDraft> out = new LinkedHashMap<>();
    String only = names.size() == 1 ? names.iterator().next() : null;
    for (ClaimDraft d : drafts.values()) {
      if (d.accused().name() == null && only != null) {
        d.linkTo(only);
      }
      String key = d.accused().key().toLowerCase(Locale.ROOT) + "|" + d.act();
      ClaimDraft existing = out.get(key);
      if (existing == null) {
        out.put(key, d);
      } else {
        existing.merge(d);
      }
    }
    if (only != null) {
      for (Orphan o : orphans) {
        String tag = o.sentence().tokens().get(o.trigger().end() - 1).tag();
        String key = only.toLowerCase(Locale.ROOT) + "|" + o.trigger().label();
        ClaimDraft existing = out.get(key);
        if (tag != null
            && tag.startsWith("NN")
            && existing != null
            && existing.accuser() == null
            && o.accuser() != null) {
          // "denies four counts of sexual assault against three former students" where the
          // parse lost the subject: the act is the named accused's, and so is its victim
          existing.accuser(o.accuser().party());
        }
        if (tag != null && tag.startsWith("NN") && existing == null) {
          ClaimDraft d = new ClaimDraft();
          d.add(
              facts,
              o.sentence(),
              o.trigger(),
              new Party(new ClaimParty(only, only), Party.How.DESCRIPTION, -1),
              o.accuser(),
              false,
              published);
          out.put(key, d);
        }
      }
    }
    shareAccusers(out.values(), namedAccusers(facts, out.values()));
    if (only != null) {
      // the accused analogue: in a story about one accused and one accuser, an act whose own
      // sentence names no accuser ("arrested on suspicion of sexual assault") is that accuser's
      ClaimParty sole = soleAccuser(facts, out.values());
      for (ClaimDraft d : out.values()) {
        if (d.accuser() == null && sole != null) {
          d.accuser(sole);
        }
      }
    }
    java.util.Set<String> specific = new java.util.HashSet<>();
    for (ClaimDraft d : out.values()) {
      if (!"sexual_misconduct".equals(d.act())) {
        specific.add(d.accused().key().toLowerCase(Locale.ROOT));
      }
    }
    List<ClaimDraft> result = new ArrayList<>();
    for (ClaimDraft d : out.values()) {
      if (!"sexual_misconduct".equals(d.act())
          || !specific.contains(d.accused().key().toLowerCase(Locale.ROOT))) {
        result.add(d);
      }
    }
    return result;
  }

  /**
   * Accusers across the claims against one accused: a claim without an accuser takes the accuser of
   * a claim stated in the same sentence ("touched them ... and made sexual remarks"); and when
   * exactly one named person accuses this accused in the document, the singular descriptions among
   * its accusers ("the woman", "a former assistant") are linked to that name.
   */
  private static void shareAccusers(
      java.util.Collection<ClaimDraft> drafts, java.util.Set<String> documentAccusers) {
    Map<String, List<ClaimDraft>> byAccused = new LinkedHashMap<>();
    for (ClaimDraft d : drafts) {
      byAccused
          .computeIfAbsent(d.accused().key().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(d);
    }
    for (List<ClaimDraft> group : byAccused.values()) {
      for (ClaimDraft d : group) {
        if (d.accuser() != null && d.accuser().key().equalsIgnoreCase(d.accused().key())) {
          d.accuser(null); // a description linked to the accused's name ("his entourage")
        }
      }
      for (ClaimDraft d : group) {
        if (d.accuser() != null) {
          continue;
        }
        for (ClaimDraft o : group) {
          if (o.accuser() != null && o.sharesEvidence(d)) {
            d.accuser(o.accuser());
            break;
          }
        }
      }
      linkDefiniteDescriptions(group);
      java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      names.addAll(documentAccusers);
      for (ClaimDraft d : group) {
        if (d.accuser() != null && d.accuser().name() != null) {
          names.add(d.accuser().name());
        }
      }
      if (names.size() == 1) {
        String name = names.iterator().next();
        for (ClaimDraft d : group) {
          if (d.accuser() != null
              && d.accuser().name() == null
              && singular(d.accuser().mention())) {
            d.accuser(new ClaimParty(name, d.accuser().mention()));
          }
        }
      }
    }
  }

  /**
   * A short definite singular description ("the woman", "the accuser", "his accuser") refers back
   * to a person introduced before: when the claims against the same accused stated before it have
   * exactly one singular accuser ("A former employee of Corvane ... has accused ..." and then "The
   * woman ... told the paper that he touched her"), the description stands for that accuser. Two
   * earlier accusers, a plural one or one of the other gender leave it as it is.
   */
  private static void linkDefiniteDescriptions(List<ClaimDraft> group) {
    for (int i = 1; i < group.size(); i++) {
      ClaimParty a = group.get(i).accuser();
      if (a == null || a.name() != null || !DEFINITE.matcher(a.mention()).matches()) {
        continue;
      }
      ClaimParty found = null;
      boolean ambiguous = false;
      for (int j = 0; j < i; j++) {
        ClaimParty b = group.get(j).accuser();
        if (b == null || b.key().equalsIgnoreCase(a.key())) {
          continue;
        }
        if (!singular(b.mention()) || !Antecedents.sameGender(a.mention(), b.mention())) {
          ambiguous = true;
        } else if (found == null) {
          found = b;
        } else if (!found.key().equalsIgnoreCase(b.key())) {
          ambiguous = true;
        }
      }
      if (found != null && !ambiguous) {
        group.get(i).accuser(found);
      }
    }
  }

  /**
   * A short definite description with a generic head, the kind a report uses for a person it has
   * already introduced; "the former Corvane Shipping Group employee" says more than that and is
   * left alone.
   */
  private static final java.util.regex.Pattern DEFINITE =
      java.util.regex.Pattern.compile(
          "(?i)(the|his|her|this|that)\\s+(alleged\\s+|young\\s+)?"
              + "(woman|girl|man|boy|teenager|accuser|complainant|victim|survivor|person)");

  /**
   * The PERSON names a rule puts on the accusing side anywhere in the document ("Imogen Tarrant's
   * allegations", "Imogen Tarrant's claim for damages", "X accused Y"), except the accused of any
   * claim: the claimant of a defamation suit is the accused, and is left out that way. A match
   * whose accused side is neither a person nor an organisation (a link) names no accuser either.
   */
  private static java.util.Set<String> namedAccusers(
      DocumentFacts facts, java.util.Collection<ClaimDraft> drafts) {
    java.util.Set<String> out = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Party p : accusingParties(facts, drafts)) {
      if (p.how() == Party.How.NAME) {
        out.add(p.party().key());
      }
    }
    return out;
  }

  /**
   * The persons the document's rules put on the accusing side, in text order, as resolved parties
   * (names; descriptions only from accuser roles, not lawsuit claimants; pronouns and organisations
   * left out), minus the accused of any claim.
   */
  private static List<Party> accusingParties(
      DocumentFacts facts, java.util.Collection<ClaimDraft> drafts) {
    java.util.Set<String> accused = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (ClaimDraft d : drafts) {
      accused.add(d.accused().key());
    }
    List<Party> out = new ArrayList<>();
    for (SentenceFacts s : facts.sentences()) {
      boolean defamation = s.hasLemma(DEFAMATION);
      for (RoleMatch r : s.roles()) {
        if (r.rule().equals("report-object")) {
          continue; // any "X described ...": an accuser only where it governs an act
        }
        int b =
            r.node("accuser") >= 0
                ? r.node("accuser")
                : r.node(defamation ? "defendant" : "claimant");
        int a =
            r.node("accused") >= 0
                ? r.node("accused")
                : r.node(defamation ? "claimant" : "defendant");
        if (b < 0 || (a >= 0 && facts.parties().resolve(s, a) == null)) {
          continue; // "Ronan Farrow Book Alleges ... https://t.co/...": no party on the other side
        }
        Party p = facts.parties().resolve(s, b);
        if (p != null
            && isPerson(p)
            && (p.how() == Party.How.NAME || r.node("accuser") >= 0)
            && !accused.contains(p.party().key())) {
          out.add(p); // a described claimant may be the accused suing ("the rap star sued ...")
        }
      }
    }
    return out;
  }

  /**
   * The one accuser of a document about one named accused, or null: the only name on the accusing
   * side (of the rules and of the claims), or, when no name is there, a singular description that
   * every accusing-side description shares the head noun of ("a 24-year-old dancer", "the dancer").
   * A plural accuser, two names or two different descriptions give null.
   */
  private static ClaimParty soleAccuser(
      DocumentFacts facts, java.util.Collection<ClaimDraft> drafts) {
    List<ClaimParty> parties = new ArrayList<>();
    for (ClaimDraft d : drafts) {
      if (d.accuser() != null) {
        parties.add(d.accuser());
      }
    }
    for (Party p : accusingParties(facts, drafts)) {
      parties.add(p.party());
    }
    java.util.Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (ClaimParty p : parties) {
      if (p.name() != null) {
        names.add(p.name());
      }
    }
    if (names.size() == 1) {
      String name = names.iterator().next();
      return new ClaimParty(name, name);
    }
    if (!names.isEmpty()) {
      return null;
    }
    ClaimParty first = null;
    for (ClaimParty p : parties) {
      if (!singular(p.mention())) {
        return null;
      }
      if (first == null) {
        first = p;
      } else if (!head(first.mention()).equals(head(p.mention()))) {
        return null;
      }
    }
    return first;
  }

  private static String head(String mention) {
    String[] words = mention.toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  private static boolean isPerson(Party p) {
    return p.how() != Party.How.ORGANISATION && p.how() != Party.How.BARE_PRONOUN;
  }

  private static final Set<String> PLURAL_HEADS = Set.of("women", "men", "people", "children");

  /** Whether a description's head word (its last word) is singular. */
  private static boolean singular(String mention) {
    String[] words = mention.toLowerCase(Locale.ROOT).split("\\s+");
    String head = words[words.length - 1];
    return !PLURAL_HEADS.contains(head) && !(head.endsWith("s") && !head.endsWith("ss"));
  }

  private record Roles(int accused, int accuser, boolean governed) {}

  private static final Set<String> PASSIVE_ACCUSE =
      Set.of("accused", "charged", "convicted", "jailed", "arrested", "sued", "investigated");
  private static final Set<String> ACCUSE_PREPOSITIONS = Set.of("of", "with", "over", "for");
  private static final Set<String> BEFORE_PASSIVE =
      Set.of(
          "is",
          "was",
          "are",
          "were",
          "been",
          "being",
          "has",
          "have",
          "had",
          "allegedly",
          "now",
          "also",
          "be",
          "publicly",
          "falsely",
          "wrongly");
  private static final Set<String> AGENT_NOUNS =
      Set.of(
          "accused",
          "accuse",
          "rapist",
          "harasser",
          "abuser",
          "molester",
          "predator",
          "groper",
          "stalker",
          "paedophile",
          "pedophile",
          "accuser");

  /**
   * The accused by word order, for the sentences whose parse is unreliable (Title Case headlines,
   * tweets), and only when it is a name or a singular person noun:
   *
   * <ul>
   *   <li>"X (was) accused / charged / convicted of|with ... ACT": the noun right before the verb,
   *       with the act within six tokens after the preposition;
   *   <li>"accusing X of ACT": the name right after the verb;
   *   <li>"#MeToo accused X", "alleged rapist X": the name right after the trigger.
   * </ul>
   */
  private static Party headlineAccused(DocumentFacts facts, SentenceFacts s, Trigger t) {
    List<edu.stanford.nlp.ling.CoreLabel> tokens = s.tokens();
    for (int v = Math.max(1, t.begin() - 8); v < t.begin() - 1; v++) {
      String w = tokens.get(v).word().toLowerCase(Locale.ROOT);
      String next = tokens.get(v + 1).word().toLowerCase(Locale.ROOT);
      if (PASSIVE_ACCUSE.contains(w) && ACCUSE_PREPOSITIONS.contains(next)) {
        int i = v - 1;
        while (i > 0 && BEFORE_PASSIVE.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
          i--;
        }
        Party p = facts.parties().resolve(s, i);
        if (namedOrSingular(s, p)) {
          return p;
        }
      }
      if (w.matches("accus(e|es|ing)")) {
        Party p = facts.parties().resolve(s, v + 1);
        if (p != null && p.how() == Party.How.NAME) {
          for (int k = v + 2; k < t.begin(); k++) {
            if (tokens.get(k).word().equalsIgnoreCase("of")) {
              return p;
            }
          }
        }
      }
    }
    if (t.end() < tokens.size() && AGENT_NOUNS.contains(s.lemma(t.end() - 1))) {
      Party p = facts.parties().resolve(s, t.end());
      if (p != null && p.how() == Party.How.NAME) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether token {@code i} heads a plural description without a number ("teachers", "some men"):
   * general talk about a group, not an accused. A counted group ("Four Archdiocese Priests", "two
   * officers") is specific enough to be one.
   */
  private static boolean generalPlural(SentenceFacts s, int i) {
    String tag = s.tokens().get(i).tag();
    if (!"NNS".equals(tag) && !"NNPS".equals(tag)) {
      return false;
    }
    edu.stanford.nlp.ling.IndexedWord node = s.graph().getNodeByIndexSafe(i + 1);
    if (node != null) {
      for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : s.graph().outgoingEdgeIterable(node)) {
        if (e.getRelation().toString().equals("nummod")) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Set<String> BEFORE_ACT_VERB = Set.of("allegedly", "sexually", "reportedly");

  /**
   * For a tweet or headline whose parse lost the subject ("Book Alleges #MattLauer Raped #NBCNews
   * Colleague", "... piece one of Warren's professors harassed her"): the name, or counted
   * partitive ("one of Warren's professors"), right before a past-tense act verb that is not a
   * passive with "by". It also overrides an accused the parse put after the verb (an active subject
   * comes before its verb).
   */
  private static Party subjectByWordOrder(DocumentFacts facts, SentenceFacts s, Trigger t) {
    List<edu.stanford.nlp.ling.CoreLabel> tokens = s.tokens();
    int v = t.begin();
    while (v < t.end() && !String.valueOf(tokens.get(v).tag()).startsWith("VB")) {
      v++;
    }
    if (v >= t.end() || !tokens.get(v).tag().matches("VBD|VBN")) {
      return null;
    }
    if (t.end() < tokens.size() && tokens.get(t.end()).word().equalsIgnoreCase("by")) {
      return null;
    }
    int k = t.begin() - 1;
    while (k > 0 && BEFORE_ACT_VERB.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
      k--;
    }
    if (k < 0) {
      return null;
    }
    Party p = facts.parties().resolve(s, k);
    if (p != null && p.how() == Party.How.NAME) {
      return p;
    }
    if (p != null && p.how() == Party.How.DESCRIPTION) {
      for (int j = k - 1; j >= Math.max(1, k - 4); j--) {
        if (tokens.get(j).word().equalsIgnoreCase("of")
            && tokens.get(j - 1).word().matches("(?i)one|two|three|four|five|six|\\d+")) {
          int begin = tokens.get(j - 1).beginPosition();
          int end = tokens.get(k).endPosition();
          String mention = facts.document().text().substring(begin, end).replaceAll("\\s+", " ");
          return new Party(new ClaimParty(null, mention), Party.How.DESCRIPTION, j - 1);
        }
      }
    }
    return null;
  }

  /**
   * The object of an act verb by word order (the last noun or pronoun of the run right after the
   * trigger: "Raped #NBCNews Colleague"), or -1; with {@link #subjectByWordOrder} it replaces the
   * subject of a governing "alleges", which is the source there, not the accuser.
   */
  private static int objectByWordOrder(SentenceFacts s, Trigger t) {
    int last = -1;
    for (int i = t.end(); i < Math.min(s.tokens().size(), t.end() + 3); i++) {
      String tag = String.valueOf(s.tokens().get(i).tag());
      if (!tag.startsWith("NN") && !tag.startsWith("PRP")) {
        break;
      }
      if (last >= 0 && Parties.isPersonNoun(s.lemma(last)) && !Parties.isPersonNoun(s.lemma(i))) {
        break; // "Raped #NBCNews Colleague https://t.co/...": a link or hashtag after the noun
      }
      last = i;
    }
    return last;
  }

  private static boolean namedOrSingular(SentenceFacts s, Party p) {
    if (p == null) {
      return false;
    }
    if (p.how() == Party.How.NAME || p.how() == Party.How.TITLE) {
      return true;
    }
    String tag = s.tokens().get(p.token()).tag();
    return p.how() == Party.How.DESCRIPTION && tag != null && !tag.endsWith("S");
  }

  /** The accused and accuser tokens of act trigger {@code t}, from the best role matches. */
  private static Roles roles(SentenceFacts s, Trigger t) {
    boolean defamation = s.hasLemma(DEFAMATION);
    int accused = -1;
    int accuser = -1;
    boolean governed = true;
    // pass 0: the act's own roles; pass 1: triggers governing the act; pass 2: any other trigger
    for (int pass = 0; pass < 3 && accused < 0; pass++) {
      int bestDistance = Integer.MAX_VALUE;
      for (RoleMatch r : s.roles()) {
        boolean own = t.covers(r.trigger());
        boolean ok =
            switch (pass) {
              case 0 -> own;
              case 1 -> !own && s.dominates(r.trigger(), t.begin());
              default -> !own;
            };
        int a =
            r.node("accused") >= 0
                ? r.node("accused")
                : r.node(defamation ? "claimant" : "defendant");
        int b =
            r.node("accuser") >= 0
                ? r.node("accuser")
                : r.node(defamation ? "defendant" : "claimant");
        if (!ok || (a < 0 && b < 0)) {
          continue;
        }
        int distance = Math.abs(r.trigger() - t.begin());
        if (a >= 0 && (accused < 0 || distance < bestDistance)) {
          accused = a;
          bestDistance = distance;
          governed = pass < 2;
        }
        if (b >= 0 && accuser < 0) {
          accuser = b;
        }
      }
    }
    for (RoleMatch r : s.roles()) {
      if (accuser >= 0) {
        break;
      }
      int b =
          r.node("accuser") >= 0
              ? r.node("accuser")
              : r.node(defamation ? "defendant" : "claimant");
      if (b >= 0 && !t.covers(r.trigger()) && s.dominates(r.trigger(), t.begin())) {
        accuser = b; // "allegations of sexual misconduct made by former students"
      }
    }
    if (accuser < 0 && "accuser".equals(s.lemma(t.end() - 1))) {
      accuser = t.end() - 1; // "Axl Rose's first #metoo accuser"
    }
    return new Roles(accused, accuser, governed);
  }

  /**
   * For a pronoun accused without antecedent: the one person named on the accused side of another
   * rule of the sentence (the claimant of a defamation suit, the accused of a denial).
   */
  private static Party namedSide(DocumentFacts facts, SentenceFacts s, String role, String side) {
    Party found = null;
    for (RoleMatch r : s.roles()) {
      int a = r.node(role) >= 0 ? r.node(role) : r.node(side);
      Party p = a < 0 ? null : facts.parties().resolve(s, a);
      if (p != null && p.how() == Party.How.NAME) {
        if (found != null && !found.party().key().equals(p.party().key())) {
          return null;
        }
        found = new Party(p.party(), Party.How.PRONOUN, p.token());
      }
    }
    return found;
  }

  private static final Set<String> SPEAKER_VERBS =
      Set.of("allege", "accuse", "claim", "tell", "report", "describe", "complain");

  /**
   * The person who alleges the act: the subject of an allegation verb governing it ("X alleges", "X
   * told police that ..."). Plain "say", "confirm" or "add" is left out: their subject is as often
   * a lawyer, an expert or an official reporting someone else's allegation. A pronoun subject ("She
   * alleges that ...") is resolved by {@link Antecedents}.
   */
  private static Party speaker(DocumentFacts facts, SentenceFacts s, Trigger t, Party accused) {
    for (RoleMatch r : s.roles()) {
      int src = r.node("source");
      int verb = r.node("sourceverb");
      if (src < 0
          || !s.dominates(r.trigger(), t.begin())
          || (verb >= 0 && !SPEAKER_VERBS.contains(s.lemma(verb)))) {
        continue;
      }
      Party p = facts.parties().resolve(s, src);
      if (p != null && p.how() == Party.How.BARE_PRONOUN) {
        p = Antecedents.find(facts, s, src, accused, false);
      }
      if (p != null
          && (p.how() == Party.How.NAME
              || p.how() == Party.How.DESCRIPTION
              || p.how() == Party.How.TITLE)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The accuser at token {@code token} (a rule's accuser node, or -1): a pronoun ("she was
   * assaulted", "touched them", "her allegations") is resolved to the nearest compatible person
   * before it in its sentence, else to the named accuser of an earlier claim, else to one in the
   * two sentences before (see {@link Antecedents}).
   */
  private static Party accuser(
      DocumentFacts facts,
      SentenceFacts s,
      Trigger t,
      int token,
      Party accused,
      Party lastAccuser) {
    if (token < 0) {
      return null;
    }
    if (!Antecedents.isPronoun(s, token)) {
      return facts.parties().resolve(s, token);
    }
    Party p = Antecedents.find(facts, s, token, accused, true);
    if (p == null && lastAccuser != null) {
      p =
          new Party(
              new ClaimParty(lastAccuser.party().name(), s.tokens().get(token).word()),
              Party.How.PRONOUN,
              token);
    }
    return p != null ? p : Antecedents.find(facts, s, token, accused, false);
  }

  private static final Set<String> TITLE_TAGS =
      Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "CD", "DT", "PRP$");

  /**
   * For an act verb whose parse gave no object ("jailed for sexually assaulting two students", "is
   * alleged to have sexually harassed female colleagues"): the noun phrase right after the verb,
   * when its head is a person noun; never after a passive ("assaulted by").
   */
  private static Party objectAfterVerb(DocumentFacts facts, SentenceFacts s, Trigger t) {
    List<edu.stanford.nlp.ling.CoreLabel> tokens = s.tokens();
    String tag = String.valueOf(tokens.get(t.end() - 1).tag());
    if (!tag.matches("VB[DGNZP]?") || t.end() >= tokens.size()) {
      return null;
    }
    int i = t.end();
    while (i < tokens.size() && String.valueOf(tokens.get(i).tag()).matches("DT|CD|JJ|PRP\\$")) {
      i++;
    }
    int head = -1;
    while (i < tokens.size() && String.valueOf(tokens.get(i).tag()).startsWith("NN")) {
      head = i++;
    }
    if (head < 0 || tokens.get(t.end()).word().equalsIgnoreCase("by")) {
      return null;
    }
    return spanParty(facts, s, t.end(), head);
  }

  /**
   * The words from token {@code from} to token {@code to} as a description, when {@code to} is a
   * person noun ("Raped #NBCNews Colleague" gives "#NBCNews Colleague"), else null.
   */
  private static Party spanParty(DocumentFacts facts, SentenceFacts s, int from, int to) {
    if (to < from || to < 0 || !Parties.isPersonNoun(s.lemma(to))) {
      return null;
    }
    for (int i = from; i <= to; i++) {
      if (!TITLE_TAGS.contains(String.valueOf(s.tokens().get(i).tag()))) {
        return null;
      }
    }
    int begin = s.tokens().get(from).beginPosition();
    int end = s.tokens().get(to).endPosition();
    String mention = facts.document().text().substring(begin, end).replaceAll("\\s+", " ");
    return new Party(new ClaimParty(null, mention), Party.How.DESCRIPTION, to);
  }

  /**
   * In a headline or tweet: the name that accuses, right before "accuses" ("Wolf Accuses Bloom of
   * ...") or before "for accusing" ("the Media Demonized Naomi Wolf for Accusing Harold Bloom of
   * ...").
   */
  private static Party headlineAccuser(DocumentFacts facts, SentenceFacts s, Trigger t) {
    List<edu.stanford.nlp.ling.CoreLabel> tokens = s.tokens();
    for (int v = Math.max(1, t.begin() - 8); v < t.begin(); v++) {
      String w = tokens.get(v).word().toLowerCase(Locale.ROOT);
      if (!w.matches("accus(es|ing)")) {
        continue;
      }
      int k = v - 1;
      if (w.equals("accusing")) {
        if (k < 1 || !tokens.get(k).word().equalsIgnoreCase("for")) {
          continue;
        }
        k--;
      }
      Party p = facts.parties().resolve(s, k);
      if (p != null && p.how() == Party.How.NAME) {
        return p;
      }
    }
    return null;
  }

  private static Party person(
      DocumentFacts facts, SentenceFacts s, int token, Party last, boolean accusedRole) {
    if (token < 0) {
      return null;
    }
    Party p = facts.parties().resolve(s, token);
    if (p == null || p.how() != Party.How.BARE_PRONOUN) {
      return p;
    }
    if (last != null) {
      return new Party(
          new ClaimParty(last.party().name(), p.party().mention()), Party.How.PRONOUN, token);
    }
    if (!accusedRole) {
      return null;
    }
    String only = onlyPersonBefore(facts, s, token);
    return only == null
        ? null
        : new Party(new ClaimParty(only, p.party().mention()), Party.How.PRONOUN, token);
  }

  /** The one person named in this sentence before {@code token} or the sentence before. */
  private static String onlyPersonBefore(DocumentFacts facts, SentenceFacts s, int token) {
    int end = s.tokens().get(token).beginPosition();
    int begin =
        s.index() > 0
            ? facts
                .document()
                .sentences()
                .get(s.index() - 1)
                .get(edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation.class)
            : s.begin();
    String only = null;
    for (EntityMention m : facts.document().entities()) {
      if (m.type() == EntityType.PERSON && m.begin() >= begin && m.end() <= end) {
        if (only != null && !only.equals(m.canonicalName())) {
          return null;
        }
        only = m.canonicalName();
      }
    }
    return only;
  }

  private static final Set<String> REAL_CASE = Set.of("alleged", "convicted", "serial");

  /**
   * Whether an act in a sentence that mentions fiction is still about a real case: "alleged",
   * "convicted" or "serial" comes right before it ("a movie with alleged rapist Danny Masterson");
   * plots are not alleged.
   */
  private static boolean realCase(SentenceFacts s, Trigger t) {
    return t.begin() > 0
        && REAL_CASE.contains(s.tokens().get(t.begin() - 1).word().toLowerCase(Locale.ROOT));
  }

  private static boolean isFiction(SentenceFacts s) {
    for (int i = 0; i < s.tokens().size(); i++) {
      String lemma = s.lemma(i);
      String tag = s.tokens().get(i).tag();
      if (FICTION.contains(lemma)
          || ("play".equals(lemma) && tag != null && tag.startsWith("NN"))) {
        return true;
      }
    }
    return false;
  }
}
