package org.casewatch.ingest.politeness;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.casewatch.model.FeedItem;

/**
 * A page waiting in its host's queue: the item, how many times its site's robots.txt could not be
 * read so far, how many times its host answered it busy (429, or 503 with {@code Retry-After}; see
 * {@link RetryAfter}), and the earliest time it may be tried (epoch milliseconds; 0 for at once).
 *
 * @param item the feed item whose link is to be fetched
 * @param robotsAttempts failed robots.txt attempts so far
 * @param notBefore epoch milliseconds before which it is not tried
 * @param busyAttempts fetches of the page its host answered busy so far
 */
public record QueuedFetch(FeedItem item, int robotsAttempts, long notBefore, int busyAttempts)
    implements Serializable {

  public QueuedFetch {
    Objects.requireNonNull(item, "item");
  }

  /** A page not yet answered busy. */
  public QueuedFetch(FeedItem item, int robotsAttempts, long notBefore) {
    this(item, robotsAttempts, notBefore, 0);
  }

  /** A page to try at once. */
  public static QueuedFetch of(FeedItem item) {
    return new QueuedFetch(item, 0, 0, 0);
  }

  /** This page after one more busy answer, not to be tried before {@code notBefore}. */
  public QueuedFetch busy(long notBefore) {
    return new QueuedFetch(item, robotsAttempts, notBefore, busyAttempts + 1);
  }

  /** The index of the first entry due at {@code now}, in queue order, or -1. */
  public static int firstDue(List<QueuedFetch> queue, long now) {
    for (int i = 0; i < queue.size(); i++) {
      if (queue.get(i).notBefore() <= now) {
        return i;
      }
    }
    return -1;
  }

  /** The earliest {@code notBefore} of a non-empty queue. */
  public static long earliest(List<QueuedFetch> queue) {
    long min = Long.MAX_VALUE;
    for (QueuedFetch fetch : queue) {
      min = Math.min(min, fetch.notBefore());
    }
    return min;
  }
}
