package org.casewatch.nlp;

import org.casewatch.nlp.corenlp.CoreNlpAnnotator;
import org.casewatch.nlp.internal.SharedAnnotatorCache;

/**
 * Entry point that builds {@link NlpAnnotator}s.
 *
 * <pre>{@code
 * try (NlpAnnotator nlp = NlpAnnotators.create(NlpConfig.defaults())) {
 *   Annotations a = nlp.annotate(article.title(), article.body());
 * }
 * }</pre>
 *
 * <p>Building loads the CoreNLP models (tens of seconds, about 1 to 3 GB of heap depending on the
 * parser), so a process should build one annotator per configuration and share it: {@link
 * #shared(NlpConfig)} does that per JVM.
 */
public final class NlpAnnotators {

  private static final SharedAnnotatorCache SHARED =
      new SharedAnnotatorCache(NlpAnnotators::create);

  private NlpAnnotators() {}

  /** A new annotator with its own pipeline; the caller closes it. */
  public static NlpAnnotator create(NlpConfig config) {
    return new CoreNlpAnnotator(config);
  }

  /**
   * A lease on the JVM-wide annotator for {@code config}, built on first use. Close the lease when
   * done; the shared annotator is closed when its last lease is.
   */
  public static NlpAnnotator shared(NlpConfig config) {
    return SHARED.acquire(config);
  }
}
