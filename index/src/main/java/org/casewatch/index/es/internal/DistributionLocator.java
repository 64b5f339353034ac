package org.casewatch.index.es.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.casewatch.index.es.DistributionNotFoundException;

/**
 * Finds the Elasticsearch distribution zip. An explicit setting wins and must exist: the configured
 * path, else the system property {@value #PROPERTY}, else the environment variable {@value #ENV}.
 * Without one, the Maven local repository is searched ({@code maven.repo.local}, then {@code
 * ~/.m2/repository}).
 */
public final class DistributionLocator {

  /** The system property that names the zip. */
  public static final String PROPERTY = "casewatch.es.distribution";

  /** The environment variable that names the zip. */
  public static final String ENV = "CASEWATCH_ES_DISTRIBUTION";

  private DistributionLocator() {}

  /** Finds the zip for this JVM's properties, environment and user. */
  public static Path locate(Optional<Path> configured, String version) {
    return locate(
        configured,
        System.getProperties(),
        System.getenv(),
        Path.of(System.getProperty("user.home")),
        version);
  }

  /**
   * Finds the zip.
   *
   * @throws DistributionNotFoundException naming every place it looked
   */
  public static Path locate(
      Optional<Path> configured,
      Properties properties,
      Map<String, String> env,
      Path userHome,
      String version) {
    List<Path> looked = new ArrayList<>();
    List<String> how = new ArrayList<>();
    if (configured.isPresent()) {
      return existing(configured.get(), "configured", looked, how);
    }
    String property = properties.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return existing(Path.of(property.strip()), "system property " + PROPERTY, looked, how);
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return existing(Path.of(fromEnv.strip()), "environment variable " + ENV, looked, how);
    }
    String repoLocal = properties.getProperty("maven.repo.local");
    if (repoLocal != null && !repoLocal.isBlank()) {
      looked.add(inRepository(Path.of(repoLocal.strip()), version));
      how.add("system property maven.repo.local");
    }
    looked.add(inRepository(userHome.resolve(".m2").resolve("repository"), version));
    how.add("Maven local repository");
    for (Path candidate : looked) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new DistributionNotFoundException(looked, how);
  }

  /** The zip's path inside a Maven repository. */
  public static Path inRepository(Path repository, String version) {
    return repository
        .resolve("org/elasticsearch/distribution/integ-test-zip/elasticsearch")
        .resolve(version)
        .resolve("elasticsearch-" + version + ".zip");
  }

  private static Path existing(Path path, String source, List<Path> looked, List<String> how) {
    if (Files.isRegularFile(path)) {
      return path.toAbsolutePath();
    }
    looked.add(path.toAbsolutePath());
    how.add(source);
    throw new DistributionNotFoundException(looked, how);
  }
}
