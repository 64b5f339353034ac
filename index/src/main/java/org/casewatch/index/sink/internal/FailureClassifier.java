package org.casewatch.index.sink.internal;

/**
 * Decides, from an HTTP status, whether a bulk item or a whole bulk request is retried,
 * dead-lettered or fails the job.
 *
 * <table>
 *   <caption>Classification</caption>
 *   <tr><th>status</th><th>item</th><th>whole request</th></tr>
 *   <tr><td>2xx</td><td>SUCCESS</td><td>SUCCESS</td></tr>
 *   <tr><td>409</td><td>ALREADY_NEWER</td><td>FAIL</td></tr>
 *   <tr><td>429, 5xx</td><td>RETRY</td><td>RETRY</td></tr>
 *   <tr><td>0 (no response)</td><td>RETRY</td><td>RETRY</td></tr>
 *   <tr><td>other 4xx</td><td>DEAD_LETTER</td><td>FAIL</td></tr>
 *   <tr><td>anything else</td><td>DEAD_LETTER</td><td>FAIL</td></tr>
 * </table>
 *
 * <p>An item-level 4xx is a property of the document (mapping conflict, unknown field under {@code
 * dynamic: strict}), so sending it again cannot help. A request-level 4xx (401, 403, 404, 413) is a
 * property of the deployment, so every document would fail the same way: the job fails and restarts
 * from its last checkpoint instead of dead-lettering everything.
 */
public final class FailureClassifier {

  private FailureClassifier() {}

  /** The outcome of one item of a bulk response. */
  public static Outcome classifyItem(int status) {
    if (status >= 200 && status < 300) {
      return Outcome.SUCCESS;
    }
    if (status == 409) {
      return Outcome.ALREADY_NEWER;
    }
    if (isTransient(status)) {
      return Outcome.RETRY;
    }
    return Outcome.DEAD_LETTER;
  }

  /** The outcome of a bulk request that failed as a whole; status 0 means no response arrived. */
  public static Outcome classifyRequest(int status) {
    if (status >= 200 && status < 300) {
      return Outcome.SUCCESS;
    }
    return isTransient(status) ? Outcome.RETRY : Outcome.FAIL;
  }

  private static boolean isTransient(int status) {
    return status == 0 || status == 429 || (status >= 500 && status < 600);
  }
}
