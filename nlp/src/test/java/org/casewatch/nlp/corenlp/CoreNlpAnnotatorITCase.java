package org.casewatch.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.casewatch.model.Annotations;
import org.casewatch.model.EntityMention;
import org.casewatch.model.EntityType;
import org.casewatch.model.SentenceSentiment;
import org.casewatch.nlp.Fixtures;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpAnnotators;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpIssue;
import org.casewatch.nlp.NlpResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real CoreNLP pipeline on fixtures; the models load once for the class. */
class CoreNlpAnnotatorITCase {

  private static NlpAnnotator nlp;

  @BeforeAll
  static void load() {
    nlp = NlpAnnotators.shared(NlpConfig.defaults());
  }

  @AfterAll
  static void release() {
    nlp.close();
  }

  @Test
  void findsEntitiesWithBodyOffsetsAndCanonicalNames() {
    String body = Fixtures.text("news-fictional.txt");
    NlpResult result = nlp.annotateDetailed("Editor accuses chairman", body);
    Annotations a = result.annotations();

    assertThat(result.issues()).isEmpty();
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.partial()).isFalse();
    for (EntityMention m : a.entities()) {
      assertThat(body.substring(m.begin(), m.end())).isEqualTo(m.text());
    }
    assertThat(a.entities())
        .extracting(EntityMention::text, EntityMention::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Maria Keller", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("Thomas Brandt", EntityType.PERSON),
            org.assertj.core.groups.Tuple.tuple("Northwind Media", EntityType.ORGANIZATION),
            org.assertj.core.groups.Tuple.tuple("London", EntityType.LOCATION),
            org.assertj.core.groups.Tuple.tuple("Berlin", EntityType.LOCATION));
    List<EntityMention> kellers =
        a.entities().stream().filter(m -> m.text().contains("Keller")).toList();
    assertThat(kellers).hasSizeGreaterThanOrEqualTo(3);
    assertThat(kellers).allMatch(m -> m.canonicalName().equals("Maria Keller"));
    assertThat(a.entities())
        .as("pronouns (she, his) are not named entities")
        .extracting(m -> m.text().toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("she", "his", "he", "her");
    assertThat(a.entities())
        .filteredOn(m -> m.text().equals("Brandt"))
        .isNotEmpty()
        .allMatch(m -> m.canonicalName().equals("Thomas Brandt"));
  }

  @Test
  void lemmasAndSentenceSentimentsCoverTheText() {
    String body = Fixtures.text("news-fictional.txt");
    Annotations a = nlp.annotate("", body);

    assertThat(a.lemmas()).contains("accuse", "report", "deny", "allegation", "investigate");
    assertThat(a.lemmas()).doesNotContain("the", "be", ",");
    assertThat(a.sentences())
        .as("the lead at least; sentences naming a claim's party when there is a claim")
        .hasSizeBetween(3, 5);
    for (SentenceSentiment s : a.sentences()) {
      assertThat(s.begin()).isGreaterThanOrEqualTo(0).isLessThan(s.end());
      assertThat(s.end()).isLessThanOrEqualTo(body.length());
    }
    assertThat(body.substring(a.sentences().get(0).begin())).startsWith("Maria Keller");
    assertThat(a.sentiment()).isNotNull();
  }

  @Test
  void onlyTheLeadAndTheSentencesOfClaimPartiesGetSentimentAndTheDocumentScoreIsTheirs() {
    String body =
        "The weather was mild. The roads were quiet. The trees were green. Maria Keller accused"
            + " the chairman of sexual harassment. Coffee was served in the garden. Tom Fischer"
            + " spoke. Maria Keller left.";
    NlpResult result = nlp.annotateDetailed("", body);
    Annotations a = result.annotations();

    assertThat(result.claims())
        .extracting(c -> c.accuser() == null ? null : c.accuser().name())
        .containsExactly("Maria Keller");
    assertThat(a.sentences())
        .as("the lead, the claim sentence and the other sentence naming a party are scored")
        .extracting(s -> body.substring(s.begin(), s.end()))
        .containsExactly(
            "The weather was mild.",
            "The roads were quiet.",
            "The trees were green.",
            "Maria Keller accused the chairman of sexual harassment.",
            "Maria Keller left.");
    double weighted = 0;
    int tokens = 0;
    int[] lengths = {5, 5, 5, 9, 4};
    for (int i = 0; i < lengths.length; i++) {
      weighted += a.sentences().get(i).sentiment().score() * lengths[i];
      tokens += lengths[i];
    }
    assertThat(a.sentiment().score())
        .as("the document score is the token-weighted mean over the scored sentences")
        .isCloseTo(weighted / tokens, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(result.partySentiments())
        .filteredOn(p -> p.role().equals("accuser"))
        .singleElement()
        .satisfies(p -> assertThat(p.sentences()).isEqualTo(2));
    assertThat(a.partial()).isFalse();
  }

  @Test
  void documentWithoutClaimsScoresItsLeadOnly() {
    String body =
        "Maria Keller spoke in London. The roads were quiet. The trees were green. Tom Fischer"
            + " spoke in Berlin. Anna Weber opened the Acme store.";
    Annotations a = nlp.annotate("", body);

    assertThat(a.sentences())
        .extracting(s -> body.substring(s.begin(), s.end()))
        .containsExactly(
            "Maria Keller spoke in London.", "The roads were quiet.", "The trees were green.");
  }

  @Test
  void negativeTextScoresNegativeAndPositiveTextPositive() {
    Annotations negative = nlp.annotate("", Fixtures.text("negative.txt"));
    Annotations positive = nlp.annotate("", Fixtures.text("positive.txt"));

    assertThat(negative.sentiment().score()).isLessThan(-0.2);
    assertThat(negative.sentiment().label()).isIn("negative", "very_negative");
    assertThat(positive.sentiment().score()).isGreaterThan(0.2);
    assertThat(positive.sentiment().label()).isIn("positive", "very_positive");
    assertThat(negative.sentences()).hasSize(3);
    assertThat(positive.sentences()).hasSize(3);
  }

  @Test
  void twentyThousandTokenSentenceFinishesPartial() {
    String body = "Maria Keller spoke in London. " + Fixtures.unpunctuatedSentence(20_000);
    NlpResult result = nlp.annotateDetailed("", body);

    assertThat(result.annotations().partial()).isTrue();
    assertThat(result.issues())
        .extracting(NlpIssue::kind)
        .containsExactly(NlpIssue.Kind.SENTENCE_TOO_LONG);
    assertThat(result.annotations().sentences()).hasSize(1);
    assertThat(result.annotations().entities())
        .extracting(EntityMention::text)
        .contains("Maria Keller", "London");
  }

  @Test
  void emptyAndBlankTextGiveEmptyAnnotations() {
    for (String body : new String[] {null, "", "   \n\n  "}) {
      Annotations a = nlp.annotate(null, body);
      assertThat(a.language()).isEqualTo("und");
      assertThat(a.entities()).isEmpty();
      assertThat(a.sentences()).isEmpty();
      assertThat(a.sentiment()).isNull();
      assertThat(a.partial()).isFalse();
    }
  }

  @Test
  void binaryGarbageFinishesWithoutException() {
    byte[] bytes = new byte[20_000];
    new Random(7).nextBytes(bytes);
    String garbage = new String(bytes, StandardCharsets.ISO_8859_1);
    Annotations pure = nlp.annotate("", garbage);
    assertThat(pure.language()).isEqualTo("und");
    assertThat(pure.entities()).isEmpty();

    // A little garbage inside English text reaches CoreNLP itself.
    String english = Fixtures.text("news-fictional.txt");
    String mixed = english + "\n\n" + garbage.substring(0, 150) + "\n\n" + english;
    NlpResult result = nlp.annotateDetailed("", mixed);
    assertThat(result.annotations().language()).isEqualTo("en");
    assertThat(result.failed()).isFalse();
    for (EntityMention m : result.annotations().entities()) {
      assertThat(mixed.substring(m.begin(), m.end())).isEqualTo(m.text());
    }
    assertThat(result.annotations().entities())
        .extracting(EntityMention::text)
        .contains("Maria Keller");
  }

  @Test
  void emojiAndMojibakeKeepOffsetsRight() {
    String body =
        "😀😀 Maria Keller â€œvisitedâ€\u009d Paris on Friday 🎉 and cafÃ© owners in Lyon"
            + " welcomed her. Keller said it was a wonderful trip 👍.";
    NlpResult result = nlp.annotateDetailed("", body);
    Annotations a = result.annotations();

    assertThat(result.failed()).isFalse();
    assertThat(a.language()).isEqualTo("en");
    for (EntityMention m : a.entities()) {
      assertThat(body.substring(m.begin(), m.end())).isEqualTo(m.text());
    }
    assertThat(a.entities()).extracting(EntityMention::text).contains("Maria Keller", "Paris");
  }

  @Test
  void germanAndFrenchAreMarkedNonEnglishWithoutEntities() {
    Annotations german = nlp.annotate("Vorwürfe gegen Vorsitzenden", Fixtures.text("german.txt"));
    Annotations french = nlp.annotate("", Fixtures.text("french.txt"));

    assertThat(german.language()).isEqualTo("de");
    assertThat(french.language()).isEqualTo("fr");
    for (Annotations a : List.of(german, french)) {
      assertThat(a.entities()).isEmpty();
      assertThat(a.lemmas()).isEmpty();
      assertThat(a.sentiment()).isNull();
      assertThat(a.sentences()).isEmpty();
      assertThat(a.partial()).isFalse();
    }
  }

  @Test
  void longBodyIsCutAndMarkedPartial() {
    String body = Fixtures.text("news-fictional.txt");
    try (NlpAnnotator small = NlpAnnotators.create(NlpConfig.builder().maxChars(150).build())) {
      NlpResult result = small.annotateDetailed("", body);
      assertThat(result.annotations().partial()).isTrue();
      assertThat(result.issues()).extracting(NlpIssue::kind).contains(NlpIssue.Kind.TRUNCATED);
      assertThat(result.annotations().entities()).allMatch(m -> m.end() <= 150);
      assertThat(result.annotations().entities())
          .extracting(EntityMention::text)
          .contains("Maria Keller");
    }
  }

  @Test
  void spentTimeBudgetStopsTheCostlyPass() {
    AtomicLong now = new AtomicLong();
    // Every reading of the ticker is a minute later: the budget is spent after the cheap pass.
    try (NlpAnnotator slowClock =
        new CoreNlpAnnotator(
            NlpConfig.builder().timeBudget(Duration.ofSeconds(30)).build(),
            () -> now.addAndGet(Duration.ofMinutes(1).toNanos()))) {
      NlpResult result = slowClock.annotateDetailed("", Fixtures.text("news-fictional.txt"));
      assertThat(result.annotations().partial()).isTrue();
      assertThat(result.issues())
          .extracting(NlpIssue::kind)
          .containsExactly(NlpIssue.Kind.TIME_BUDGET_EXCEEDED);
      assertThat(result.annotations().sentences()).isEmpty();
      assertThat(result.annotations().entities()).isNotEmpty();
    }
  }

  @Test
  void concurrentCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
    String body = Fixtures.text("news-fictional.txt");
    Annotations expected = nlp.annotate("", body);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Annotations> a = pool.submit(() -> nlp.annotate("", body));
      Future<Annotations> b = pool.submit(() -> nlp.annotate("", body));
      assertThat(a.get()).isEqualTo(expected);
      assertThat(b.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
