package org.casewatch.ingest.revisit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.casewatch.ingest.ArticleLoader;
import org.casewatch.ingest.dedup.ContentHash;
import org.casewatch.ingest.fetch.FetchError;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.Revision;

/**
 * The rules of revisits, as plain functions from (state, what was fetched, time) to the next state
 * and what to emit; the Flink operator only stores the state and runs the timers.
 *
 * <p>How:
 *
 * <ul>
 *   <li>a page whose {@link ContentHash body hash} differs from the last one is an {@code edited}
 *       revision, with the change in body length; the re-extracted article is emitted with the
 *       revision list so that it is re-annotated and rewritten whole under the same id;
 *   <li>a 404 or 410 is a {@code deleted} revision; the last known article is emitted, marked
 *       deleted, so the stored document keeps its text and says it is gone;
 *   <li>a page that answers again after a deletion is a {@code restored} revision;
 *   <li>a failure that may pass ({@link #TRANSIENT_ERRORS}, 5xx, 429) is retried once after {@link
 *       RevisitConfig#retryDelay()}; a second failure, or any other failure (robots.txt disallows,
 *       403, not HTML, extraction fails), becomes a dead letter of stage {@value #STAGE} and type
 *       {@value #REVISIT_FAILED} (one per failed revisit, see {@link #deadLetterId}), and the next
 *       revisit is scheduled as planned.
 * </ul>
 *
 * The re-fetched article keeps the first fetch's canonical URL, so its id never changes even when
 * the page now names another canonical URL. Stateless and thread-safe.
 */
public final class Revisits {

  /** The dead-letter stage of failed revisits. */
  public static final String STAGE = "revisit";

  /** The dead-letter error type of failed revisits; the reason names the underlying failure. */
  public static final String REVISIT_FAILED = "REVISIT_FAILED";

  /** Fetch error kinds that may pass by themselves, so a revisit is retried once. */
  public static final Set<String> TRANSIENT_ERRORS =
      Set.of(
          FetchError.TIMEOUT.name(),
          FetchError.NETWORK.name(),
          FetchError.DNS_ERROR.name(),
          ArticleLoader.ROBOTS_UNREACHABLE);

  /** What a revisit fetch found. */
  public enum Found {
    /** The page answered and was extracted. */
    PAGE,
    /** The page is gone: 404 or 410. */
    GONE,
    /** A failure that may pass: retry once. */
    TRANSIENT,
    /** A failure that will not pass by retrying soon. */
    FAILED
  }

  /**
   * The classified result of a revisit fetch.
   *
   * @param found what was found
   * @param article the extracted article for {@link Found#PAGE}, else null
   * @param failure the failure for the other kinds, else null
   */
  public record Fetched(Found found, Article article, DeadLetter failure) {

    /** Classifies what the {@link ArticleLoader} returned. */
    public static Fetched of(ArticleLoader.Outcome outcome) {
      if (outcome.article() != null) {
        return new Fetched(Found.PAGE, outcome.article(), null);
      }
      DeadLetter failure = Objects.requireNonNull(outcome.deadLetter(), "deadLetter");
      boolean http = FetchError.HTTP_STATUS.name().equals(failure.errorType());
      int status = failure.status();
      Found found;
      if (http && (status == 404 || status == 410)) {
        found = Found.GONE;
      } else if (TRANSIENT_ERRORS.contains(failure.errorType())
          || http && (status >= 500 || status == 429)) {
        found = Found.TRANSIENT;
      } else {
        found = Found.FAILED;
      }
      return new Fetched(found, null, failure);
    }
  }

  /**
   * One step of an article's revisit life.
   *
   * @param state the state to keep, or null when the article needs no more revisits
   * @param emit the article to send on (re-annotated and rewritten), or null
   * @param revision the revision observed, or null
   * @param deadLetter the failed revisit to record, or null
   * @param retrying true when the revisit will be retried once
   */
  public record Step(
      RevisitState state,
      Article emit,
      Revision revision,
      DeadLetter deadLetter,
      boolean retrying) {}

  private final RevisitConfig config;

  /** Rules for this configuration. */
  public Revisits(RevisitConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The configuration. */
  public RevisitConfig config() {
    return config;
  }

  /**
   * An article fetched for the first time: passed on as it is, its first revisit planned.
   *
   * @param nowMillis the current processing time
   */
  public Step first(Article article, long nowMillis) {
    if (!config.enabled()) {
      return new Step(null, article, null, null, false);
    }
    long due = nowMillis + config.delays().get(0).toMillis();
    RevisitState state =
        new RevisitState(article, ContentHash.of(article.body()), nowMillis, 0, 0, due);
    return new Step(state, article, null, null, false);
  }

  /**
   * An article fetched again between revisits (another feed item linked it): passed on with the
   * revisions observed so far, plus an {@code edited} or {@code restored} one when it changed, so
   * that rewriting it does not lose them. The revisit plan is unchanged.
   */
  public Step seenAgain(RevisitState state, Article article, long nowMillis) {
    Step step = page(state, rebase(state.article(), article), nowMillis, 200);
    Article emit = step.emit() != null ? step.emit() : withHistory(state.article(), article);
    RevisitState kept = step.state() == null ? state : step.state();
    return new Step(kept, emit, step.revision(), null, false);
  }

  /**
   * The outcome of the revisit that was due.
   *
   * @param state the article's state, whose revisit {@code state.next()} was due
   * @param fetched what the revisit found
   * @param nowMillis the current processing time
   */
  public Step revisited(RevisitState state, Fetched fetched, long nowMillis) {
    switch (fetched.found()) {
      case PAGE -> {
        Step step =
            page(state, rebase(state.article(), fetched.article()), nowMillis, /* status */ 200);
        RevisitState base = step.state() == null ? state : step.state();
        return new Step(advance(base, nowMillis), step.emit(), step.revision(), null, false);
      }
      case GONE -> {
        Article old = state.article();
        if (old.deleted()) {
          return new Step(advance(state, nowMillis), null, null, null, false);
        }
        Revision revision =
            new Revision(
                Instant.ofEpochMilli(nowMillis),
                Revision.DELETED,
                fetched.failure().status(),
                -old.body().length(),
                null);
        Article emit = old.withRevisions(append(old.revisions(), revision), true);
        RevisitState next =
            new RevisitState(
                emit,
                state.bodyHash(),
                state.firstSeenMillis(),
                state.next(),
                state.attempt(),
                state.timerAt());
        return new Step(advance(next, nowMillis), emit, revision, null, false);
      }
      case TRANSIENT -> {
        if (state.attempt() == 0) {
          long due = nowMillis + config.retryDelay().toMillis();
          RevisitState retry =
              new RevisitState(
                  state.article(), state.bodyHash(), state.firstSeenMillis(), state.next(), 1, due);
          return new Step(retry, null, null, null, true);
        }
        return failed(state, fetched.failure(), nowMillis, "failed twice");
      }
      default -> {
        return failed(state, fetched.failure(), nowMillis, "failed");
      }
    }
  }

  private Step failed(RevisitState state, DeadLetter cause, long nowMillis, String how) {
    int number = state.next() + 1;
    String reason =
        String.format(
            Locale.ROOT,
            "revisit %d of %d (%s after first fetch) %s: %s %s",
            number,
            config.delays().size(),
            human(config.delays().get(state.next())),
            how,
            cause.errorType(),
            cause.reason());
    DeadLetter letter =
        new DeadLetter(
            deadLetterId(state.article().id(), number),
            state.article().url(),
            STAGE,
            REVISIT_FAILED,
            reason,
            cause.status(),
            Instant.ofEpochMilli(nowMillis));
    return new Step(advance(state, nowMillis), null, null, letter, false);
  }

  /**
   * The dead-letter id of a failed revisit: the document id and the revisit's number, so that each
   * failed revisit of a document is its own record (a replay still overwrites the same one).
   */
  public static String deadLetterId(String documentId, int revisitNumber) {
    return documentId + ":revisit-" + revisitNumber;
  }

  /** Compares a freshly fetched page with the state; the step's state is null when unchanged. */
  private static Step page(RevisitState state, Article fresh, long nowMillis, int status) {
    Article old = state.article();
    String hash = ContentHash.of(fresh.body());
    String kind;
    if (old.deleted()) {
      kind = Revision.RESTORED;
    } else if (!hash.equals(state.bodyHash())) {
      kind = Revision.EDITED;
    } else {
      return new Step(null, null, null, null, false);
    }
    Revision revision =
        new Revision(
            Instant.ofEpochMilli(nowMillis),
            kind,
            status,
            fresh.body().length() - old.body().length(),
            hash);
    Article emit = fresh.withRevisions(append(old.revisions(), revision), false);
    RevisitState next =
        new RevisitState(
            emit, hash, state.firstSeenMillis(), state.next(), state.attempt(), state.timerAt());
    return new Step(next, emit, revision, null, false);
  }

  /** The state after the due revisit is done: the next one planned, or null after the last. */
  private RevisitState advance(RevisitState state, long nowMillis) {
    int next = state.next() + 1;
    if (next >= config.delays().size()) {
      return null;
    }
    long due = state.firstSeenMillis() + config.delays().get(next).toMillis();
    return new RevisitState(
        state.article(),
        state.bodyHash(),
        state.firstSeenMillis(),
        next,
        0,
        Math.max(due, nowMillis + 1));
  }

  /** A re-extracted page under the first fetch's canonical URL and provenance. */
  private static Article rebase(Article first, Article fresh) {
    return new Article(
        fresh.url(),
        first.canonicalUrl(),
        fresh.source().isEmpty() ? first.source() : fresh.source(),
        fresh.title(),
        fresh.body(),
        fresh.publishedAt() != null ? fresh.publishedAt() : first.publishedAt(),
        fresh.fetchedAt(),
        first.provenance(),
        first.revisions(),
        false,
        fresh.encodingSuspect());
  }

  private static Article withHistory(Article known, Article fresh) {
    return fresh.withRevisions(known.revisions(), false);
  }

  private static List<Revision> append(List<Revision> revisions, Revision revision) {
    List<Revision> all = new ArrayList<>(revisions);
    all.add(revision);
    return all;
  }

  private static String human(Duration d) {
    if (d.toDaysPart() > 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
      return d.toDays() + "d";
    }
    if (d.toHours() > 0 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      return d.toHours() + "h";
    }
    return d.toSeconds() + "s";
  }
}
