package org.casewatch.ingest.status;

import java.io.Serializable;

/**
 * Creates the {@link PollListener} of a source reader, on the task: the factory travels in the job
 * graph (so it is serializable and holds no clients), the listener it creates may hold clients.
 *
 * <pre>{@code
 * FeedSource source = FeedSource.builder().feedUrls(urls).pollListener(factory).build();
 * }</pre>
 */
@FunctionalInterface
public interface PollListenerFactory extends Serializable {

  /** A factory of listeners that ignore every report: the sources' default. */
  PollListenerFactory NONE = () -> PollListener.IGNORE;

  /** Creates the listener of one reader. */
  PollListener create();
}
