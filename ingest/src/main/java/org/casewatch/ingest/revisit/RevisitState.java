package org.casewatch.ingest.revisit;

import java.io.Serializable;
import java.util.Objects;
import org.casewatch.model.Article;

/**
 * What is kept about one article between its revisits: the article as last seen (with its
 * revisions), its body hash, and which revisit is next.
 *
 * <p>The whole article is kept, not only its hash, so that a deletion can rewrite the stored
 * document whole (with its last known text, marked deleted) instead of patching it: every write
 * stays a whole-document write under the same id. The state of an article is dropped after its last
 * revisit, so the state is bounded by the articles of the last revisit window.
 *
 * @param article the article as last seen, with the revisions observed so far
 * @param bodyHash the {@link org.casewatch.ingest.dedup.ContentHash} of its body
 * @param firstSeenMillis when the article was first fetched (processing time), the base of delays
 * @param next the index of the next revisit in {@link RevisitConfig#delays()}
 * @param attempt 0 for the first try of the next revisit, 1 for its retry
 * @param timerAt when the next revisit is due (processing time, epoch milliseconds)
 */
public record RevisitState(
    Article article, String bodyHash, long firstSeenMillis, int next, int attempt, long timerAt)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public RevisitState {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(bodyHash, "bodyHash");
    if (next < 0 || attempt < 0 || attempt > 1) {
      throw new IllegalArgumentException("bad revisit position " + next + "/" + attempt);
    }
  }
}
