package org.casewatch.ingest.social;

import java.io.Serializable;
import java.time.Instant;

/**
 * A stretch of time a poller could not cover: posts created in {@code [from, to)} may be missing.
 * Raised when a rejected cursor forces a re-sync further back than the re-sync window, or a sweep
 * hits its page limit before its floor; counted and logged so that an operator can backfill (for
 * example from an archive export).
 *
 * @param queryId the {@link SocialQuery#id()}
 * @param from the start of the uncovered time
 * @param to the end of the uncovered time
 * @param reason why it could not be covered
 */
public record SocialGap(String queryId, Instant from, Instant to, String reason)
    implements Serializable {}
