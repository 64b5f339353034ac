package org.casewatch.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.casewatch.model.Annotations;
import org.casewatch.model.EntityMention;
import org.casewatch.model.SentenceSentiment;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpIssue;
import org.casewatch.nlp.NlpResult;
import org.casewatch.nlp.allegation.PartySentiments;
import org.casewatch.nlp.allegation.TriggerLexicon;
import org.casewatch.nlp.entity.CanonicalNames;
import org.casewatch.nlp.internal.Deadline;
import org.casewatch.nlp.language.LanguageDetector;
import org.casewatch.nlp.language.TextRepair;
import org.casewatch.nlp.sentiment.SentimentScores;
import org.casewatch.nlp.time.DateFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link NlpAnnotator} backed by Stanford CoreNLP, in two passes.
 *
 * <p>How and why: the cheap pass ({@code tokenize, ssplit, pos, lemma, ner} with the 3-class CRF
 * model only) runs over the whole document at thousands of tokens per second and yields entities
 * and lemmas. The costly pass ({@code parse, sentiment}) runs one sentence at a time and only on
 * the sentences {@link SentimentGate} lets through (the lead, and the sentences the party sentiment
 * of the claims found reads; every sentence when {@link NlpConfig#gateClaims()} is off): sentences
 * longer than {@link NlpConfig#maxParseTokens()} are skipped (parsing is cubic in the PCFG case),
 * and the time budget is checked between sentences. The document sentiment is the length-weighted
 * mean over the scored sentences only. Every cap that bites, and every exception CoreNLP throws,
 * becomes a typed {@link NlpIssue} and a partial result; nothing escapes.
 *
 * <p>Between the two, the gated claim pass ({@link ClaimPass}, when {@link NlpConfig#claims()})
 * runs the dependency parser and SUTime only on sentences with an act or event trigger lemma and
 * extracts allegation claims and case events from them; the sentiment toward each claim's parties
 * is computed from the sentence sentiment afterwards.
 *
 * <p>Before CoreNLP runs, the body is cut to {@link NlpConfig#maxChars()} and its language detected
 * with {@link LanguageDetector}: only English goes to the English models; other text gets its
 * language code and empty annotations ({@code partial=false}).
 *
 * <p>Building loads the models (tens of seconds). Thread-safe: CoreNLP pipelines annotate separate
 * {@code Annotation} objects concurrently. {@link #close()} drops this instance's references; the
 * models stay in CoreNLP's JVM-wide annotator pool, so a rebuild with equal properties is cheap.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpAnnotator.class);

  /** How far back from the character cap a cut looks for whitespace: <b>200 characters</b>. */
  static final int CUT_LOOKBACK = 200;

  private final NlpConfig config;
  private final LongSupplier nanoTicker;
  private final StanfordCoreNLP cheap;
  private final SentimentPass sentimentPass;
  private final ClaimPass claimPass;
  private volatile boolean closed;

  /** Loads the models for {@code config}. */
  public CoreNlpAnnotator(NlpConfig config) {
    this(config, System::nanoTime);
  }

  /** Loads the models for {@code config}; the time budget is read from {@code nanoTicker}. */
  public CoreNlpAnnotator(NlpConfig config, LongSupplier nanoTicker) {
    this.config = Objects.requireNonNull(config, "config");
    this.nanoTicker = Objects.requireNonNull(nanoTicker, "nanoTicker");
    long start = System.nanoTime();
    this.cheap = new StanfordCoreNLP(CoreNlpProperties.cheap(config));
    this.sentimentPass =
        config.sentiment()
            ? new SentimentPass(
                new StanfordCoreNLP(CoreNlpProperties.costly(config), false),
                config.maxParseTokens())
            : null;
    this.claimPass =
        config.claims()
            ? new ClaimPass(
                DependencyParses.parser(),
                new DateFinder(),
                config.maxParseTokens(),
                !config.gateClaims())
            : null;
    // The claim pass's gates read the trigger rules: compile them now, not in a document's budget.
    TriggerLexicon.standard();
    LOG.info(
        "CoreNLP pipeline ready in {} ms (parser {})",
        (System.nanoTime() - start) / 1_000_000,
        config.sentiment() ? config.parserModel() : "none");
  }

  @Override
  public NlpResult annotateDetailed(String title, String body) {
    return annotateDetailed(title, body, null);
  }

  @Override
  public NlpResult annotateDetailed(String title, String body, LocalDate published) {
    if (closed) {
      throw new IllegalStateException("annotator is closed");
    }
    Deadline deadline = Deadline.start(config.timeBudget(), nanoTicker);
    List<NlpIssue> issues = new ArrayList<>();
    // Same length as the body: offsets into the repaired text are offsets into the body.
    String text = body == null ? "" : TextRepair.repair(body);
    if (text.length() > config.maxChars()) {
      text = cut(text, config.maxChars());
      issues.add(
          new NlpIssue(
              NlpIssue.Kind.TRUNCATED,
              "annotated the first " + text.length() + " of " + body.length() + " characters"));
    }
    if (text.isBlank()) {
      return result(LanguageDetector.UNDETERMINED, List.of(), List.of(), null, issues);
    }
    String language = LanguageDetector.detect(text);
    if (!LanguageDetector.ENGLISH.equals(language)) {
      return new NlpResult(
          new Annotations(language, List.of(), List.of(), null, List.of(), false), List.of());
    }
    Annotation document = new Annotation(text);
    List<EntityMention> entities;
    List<String> lemmas;
    List<CoreMap> sentences;
    try {
      cheap.annotate(document);
      entities = CanonicalNames.assign(CoreNlpMapping.entities(document, text), text);
      List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
      lemmas = tokens == null ? List.of() : CoreNlpMapping.contentLemmas(tokens);
      sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    } catch (RuntimeException e) {
      issues.add(failure("tokenize/ssplit/pos/lemma/ner", e));
      return result(language, List.of(), List.of(), null, issues);
    }
    sentences = sentences == null ? List.of() : sentences;
    int nerTooLong = countLongerThan(sentences, config.maxNerTokens());
    ClaimPass.Outcome claims = null;
    if (claimPass != null) {
      try {
        claims = claimPass.run(text, sentences, entities, published, deadline);
      } catch (RuntimeException e) {
        issues.add(failure("depparse/sutime/claims", e));
      }
    }
    String claimsCut =
        claims == null || claims.skippedForTime() == 0
            ? ""
            : "; " + claims.skippedForTime() + " gated sentences got no claim rules";
    if (sentimentPass == null) {
      addTooLong(issues, nerTooLong, 0);
      if (!claimsCut.isEmpty()) {
        issues.add(new NlpIssue(NlpIssue.Kind.TIME_BUDGET_EXCEEDED, claimsCut.substring(2)));
      }
      return withClaims(result(language, entities, lemmas, null, issues), claims, entities);
    }
    boolean[] gate =
        config.gateClaims()
            ? SentimentGate.of(sentences, claims == null ? List.of() : claims.claims(), entities)
            : SentimentGate.all(sentences);
    SentimentPass.Outcome outcome = sentimentPass.run(sentences, gate, deadline);
    addTooLong(issues, nerTooLong, outcome.tooLong());
    if (outcome.skippedForTime() > 0) {
      issues.add(
          new NlpIssue(
              NlpIssue.Kind.TIME_BUDGET_EXCEEDED,
              outcome.skippedForTime()
                  + " of "
                  + count(gate)
                  + " gated sentences got no sentiment after "
                  + deadline.elapsedNanos() / 1_000_000
                  + " ms (budget "
                  + config.timeBudget().toMillis()
                  + " ms)"
                  + claimsCut));
    } else if (!claimsCut.isEmpty()) {
      issues.add(new NlpIssue(NlpIssue.Kind.TIME_BUDGET_EXCEEDED, claimsCut.substring(2)));
    }
    if (outcome.failures() > 0) {
      issues.add(
          new NlpIssue(
              NlpIssue.Kind.ANNOTATOR_FAILURE,
              outcome.failures() + " sentences failed; first: " + outcome.firstFailure()));
      LOG.warn("CoreNLP failed on {} sentences: {}", outcome.failures(), outcome.firstFailure());
    }
    return withClaims(
        new NlpResult(
            new Annotations(
                language,
                entities,
                lemmas,
                SentimentScores.documentSentiment(outcome.weights()),
                outcome.sentences(),
                !issues.isEmpty()),
            issues),
        claims,
        entities);
  }

  private static NlpResult withClaims(
      NlpResult result, ClaimPass.Outcome claims, List<EntityMention> entities) {
    if (claims == null) {
      return result;
    }
    List<SentenceSentiment> scored = result.annotations().sentences();
    return new NlpResult(
        result.annotations(),
        result.issues(),
        claims.claims(),
        claims.events(),
        PartySentiments.of(claims.claims(), entities, scored));
  }

  @Override
  public void close() {
    closed = true;
  }

  private void addTooLong(List<NlpIssue> issues, int nerTooLong, int parseTooLong) {
    if (nerTooLong == 0 && parseTooLong == 0) {
      return;
    }
    issues.add(
        new NlpIssue(
            NlpIssue.Kind.SENTENCE_TOO_LONG,
            nerTooLong
                + " sentences over the entity cap of "
                + config.maxNerTokens()
                + " tokens, "
                + parseTooLong
                + " over the parse cap of "
                + config.maxParseTokens()
                + " tokens"));
  }

  private static NlpIssue failure(String stage, RuntimeException e) {
    LOG.warn("CoreNLP failed in {}: {}", stage, e.toString());
    return new NlpIssue(NlpIssue.Kind.ANNOTATOR_FAILURE, stage + ": " + e);
  }

  private static NlpResult result(
      String language,
      List<EntityMention> entities,
      List<String> lemmas,
      org.casewatch.model.Sentiment sentiment,
      List<NlpIssue> issues) {
    return new NlpResult(
        new Annotations(language, entities, lemmas, sentiment, List.of(), !issues.isEmpty()),
        issues);
  }

  private static int count(boolean[] gate) {
    int count = 0;
    for (boolean g : gate) {
      if (g) {
        count++;
      }
    }
    return count;
  }

  private static int countLongerThan(List<CoreMap> sentences, int max) {
    int count = 0;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens != null && tokens.size() > max) {
        count++;
      }
    }
    return count;
  }

  /**
   * The first at most {@code max} characters of {@code text}, cut at whitespace within the last
   * {@link #CUT_LOOKBACK} characters when there is some, and never inside a surrogate pair.
   */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    for (int i = end; i > Math.max(0, end - CUT_LOOKBACK); i--) {
      if (Character.isWhitespace(text.charAt(i - 1))) {
        return text.substring(0, i - 1);
      }
    }
    return text.substring(0, end);
  }
}
