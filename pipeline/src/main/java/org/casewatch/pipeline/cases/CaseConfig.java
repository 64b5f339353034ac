package org.casewatch.pipeline.cases;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How cases are assembled: when a quiet case turns dormant, and which merges are undone.
 *
 * <pre>{@code
 * CaseConfig config = CaseConfig.defaults().withSilence(Duration.ofDays(180));
 * }</pre>
 *
 * @param silence how long an open case may go without a new document before it is {@code dormant};
 *     the default is **365 days**
 * @param excludedMerges ids of cases that must stay on their own even when a link would merge them
 *     into another (a merge undone; see {@code casewatch cases rebuild --exclude-merge})
 */
public record CaseConfig(Duration silence, Set<String> excludedMerges) implements Serializable {

  /** The default silence before an open case is dormant: **365 days**. */
  public static final Duration DEFAULT_SILENCE = Duration.ofDays(365);

  public CaseConfig {
    Objects.requireNonNull(silence, "silence");
    if (silence.isNegative() || silence.isZero()) {
      throw new IllegalArgumentException("silence must be positive, was " + silence);
    }
    excludedMerges = Set.copyOf(new TreeSet<>(excludedMerges));
  }

  /** The defaults: 365 days of silence, no merge excluded. */
  public static CaseConfig defaults() {
    return new CaseConfig(DEFAULT_SILENCE, Set.of());
  }

  /** This configuration with another silence. */
  public CaseConfig withSilence(Duration newSilence) {
    return new CaseConfig(newSilence, excludedMerges);
  }

  /** This configuration with merges from these case ids undone. */
  public CaseConfig withExcludedMerges(Set<String> caseIds) {
    return new CaseConfig(silence, caseIds);
  }
}
