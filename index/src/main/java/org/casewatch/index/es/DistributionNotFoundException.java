package org.casewatch.index.es;

import java.nio.file.Path;
import java.util.List;

/** No Elasticsearch distribution zip was found in any of the places casewatch looks. */
public final class DistributionNotFoundException extends ManagedElasticsearchException {

  private static final long serialVersionUID = 1L;

  private final transient List<Path> lookedAt;

  /** The distribution is missing; {@code lookedAt} lists each place tried, with how it was set. */
  public DistributionNotFoundException(List<Path> lookedAt, List<String> how) {
    super(message(lookedAt, how));
    this.lookedAt = List.copyOf(lookedAt);
  }

  /** The paths that were tried, in order. */
  public List<Path> lookedAt() {
    return lookedAt;
  }

  private static String message(List<Path> lookedAt, List<String> how) {
    StringBuilder text = new StringBuilder("Elasticsearch distribution zip not found. Looked at:");
    for (int i = 0; i < lookedAt.size(); i++) {
      text.append("\n  ").append(lookedAt.get(i)).append(" (").append(how.get(i)).append(')');
    }
    text.append(
        "\nRun the Maven build (it resolves"
            + " org.elasticsearch.distribution.integ-test-zip:elasticsearch:zip) or set"
            + " -Dcasewatch.es.distribution / CASEWATCH_ES_DISTRIBUTION to the zip.");
    return text.toString();
  }
}
