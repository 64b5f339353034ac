package org.casewatch.nlp;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable, serializable configuration of the NLP step; it travels in the Flink job graph while
 * the annotator itself is built on the task.
 *
 * <p>Build one with {@link #builder()}; the builder validates in {@link Builder#build()}:
 *
 * <pre>{@code
 * NlpConfig config = NlpConfig.builder().timeBudget(Duration.ofSeconds(10)).build();
 * }</pre>
 *
 * <p>Equal configurations share one loaded pipeline per JVM (see {@link
 * NlpAnnotators#shared(NlpConfig)}), so every field takes part in {@code equals}.
 *
 * @param parserModel the constituency parser model that sentiment needs; by default the
 *     shift-reduce model {@link #SHIFT_REDUCE_PARSER} (see docs/adr/0004)
 * @param maxParseTokens sentences with more tokens get no parse and no sentiment and mark the
 *     document partial; default <b>80 tokens</b>
 * @param maxNerTokens sentences with more tokens get no named entities and mark the document
 *     partial; default <b>150 tokens</b>
 * @param maxChars only the first this many characters of a body are annotated; longer bodies are
 *     cut and marked partial; default <b>100,000 characters</b>
 * @param timeBudget the time one document may take; the costly per-sentence pass stops when it is
 *     spent and the document is marked partial; default <b>30 seconds</b>
 * @param sentiment whether the costly pass (parse and sentiment) runs at all; default <b>true</b>.
 *     It scores only the gated sentences (claim and event candidates with a neighbour each side,
 *     person and organisation sentences in documents that can carry a claim, otherwise the lead);
 *     see {@code SentimentGate} in {@code org.casewatch.nlp.corenlp}
 * @param claims whether allegation claims and case events are extracted (dependency parse and
 *     SUTime on the gated sentences); default <b>true</b>
 * @param gateClaims whether the costly annotators run only on gated sentences (the default,
 *     <b>true</b>: the claim pass on sentences with a trigger lemma, the sentiment pass on the
 *     sentences of its gate) or on every sentence (the reference the gates are measured against)
 */
public record NlpConfig(
    String parserModel,
    int maxParseTokens,
    int maxNerTokens,
    int maxChars,
    Duration timeBudget,
    boolean sentiment,
    boolean claims,
    boolean gateClaims)
    implements Serializable {

  /** The shift-reduce parser model (fast, larger heap); the default. */
  public static final String SHIFT_REDUCE_PARSER =
      "edu/stanford/nlp/models/srparser/englishSR.ser.gz";

  /** The default probabilistic context-free grammar parser (small heap, about ten times slower). */
  public static final String PCFG_PARSER = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";

  /** Default {@link #maxParseTokens}: <b>80 tokens</b>. */
  public static final int DEFAULT_MAX_PARSE_TOKENS = 80;

  /** Default {@link #maxNerTokens}: <b>150 tokens</b>. */
  public static final int DEFAULT_MAX_NER_TOKENS = 150;

  /** Default {@link #maxChars}: <b>100,000 characters</b>. */
  public static final int DEFAULT_MAX_CHARS = 100_000;

  /** Default {@link #timeBudget}: <b>30 seconds</b> per document. */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(30);

  /** Largest accepted {@link #maxParseTokens}: <b>300 tokens</b> (parsing is cubic or worse). */
  public static final int MAX_PARSE_TOKENS_LIMIT = 300;

  /** Validates the fields; prefer {@link #builder()}. */
  public NlpConfig {
    Objects.requireNonNull(parserModel, "parserModel");
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (parserModel.isBlank()) {
      throw new IllegalArgumentException("parserModel must not be blank");
    }
    if (maxParseTokens < 1 || maxParseTokens > MAX_PARSE_TOKENS_LIMIT) {
      throw new IllegalArgumentException(
          "maxParseTokens must be in [1, " + MAX_PARSE_TOKENS_LIMIT + "], was " + maxParseTokens);
    }
    if (maxNerTokens < 1) {
      throw new IllegalArgumentException("maxNerTokens must be positive, was " + maxNerTokens);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
    }
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
    }
  }

  /** A configuration with claims extracted on gated sentences; see the record components. */
  public NlpConfig(
      String parserModel,
      int maxParseTokens,
      int maxNerTokens,
      int maxChars,
      Duration timeBudget,
      boolean sentiment) {
    this(parserModel, maxParseTokens, maxNerTokens, maxChars, timeBudget, sentiment, true, true);
  }

  /** The configuration with every default. */
  public static NlpConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    return new Builder()
        .parserModel(parserModel)
        .maxParseTokens(maxParseTokens)
        .maxNerTokens(maxNerTokens)
        .maxChars(maxChars)
        .timeBudget(timeBudget)
        .sentiment(sentiment)
        .claims(claims)
        .gateClaims(gateClaims);
  }

  /** Validating builder of {@link NlpConfig}; not thread-safe. */
  public static final class Builder {
    private String parserModel = SHIFT_REDUCE_PARSER;
    private int maxParseTokens = DEFAULT_MAX_PARSE_TOKENS;
    private int maxNerTokens = DEFAULT_MAX_NER_TOKENS;
    private int maxChars = DEFAULT_MAX_CHARS;
    private Duration timeBudget = DEFAULT_TIME_BUDGET;
    private boolean sentiment = true;
    private boolean claims = true;
    private boolean gateClaims = true;

    private Builder() {}

    /** See {@link NlpConfig#parserModel()}. */
    public Builder parserModel(String value) {
      this.parserModel = value;
      return this;
    }

    /** See {@link NlpConfig#maxParseTokens()}. */
    public Builder maxParseTokens(int value) {
      this.maxParseTokens = value;
      return this;
    }

    /** See {@link NlpConfig#maxNerTokens()}. */
    public Builder maxNerTokens(int value) {
      this.maxNerTokens = value;
      return this;
    }

    /** See {@link NlpConfig#maxChars()}. */
    public Builder maxChars(int value) {
      this.maxChars = value;
      return this;
    }

    /** See {@link NlpConfig#timeBudget()}. */
    public Builder timeBudget(Duration value) {
      this.timeBudget = value;
      return this;
    }

    /** See {@link NlpConfig#sentiment()}. */
    public Builder sentiment(boolean value) {
      this.sentiment = value;
      return this;
    }

    /** See {@link NlpConfig#claims()}. */
    public Builder claims(boolean value) {
      this.claims = value;
      return this;
    }

    /** See {@link NlpConfig#gateClaims()}. */
    public Builder gateClaims(boolean value) {
      this.gateClaims = value;
      return this;
    }

    /**
     * The validated configuration.
     *
     * @throws IllegalArgumentException when a value is out of range
     * @throws NullPointerException when the parser model or time budget is null
     */
    public NlpConfig build() {
      return new NlpConfig(
          parserModel,
          maxParseTokens,
          maxNerTokens,
          maxChars,
          timeBudget,
          sentiment,
          claims,
          gateClaims);
    }
  }
}
