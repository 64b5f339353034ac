package org.casewatch.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.casewatch.index.es.internal.UnixUsers;

/**
 * Resolves casewatch's home directory, where the managed Elasticsearch node keeps its distribution,
 * configuration, data, logs and generated credentials.
 *
 * <p>The first that is set wins: the system property {@value #PROPERTY}, the environment variable
 * {@value #ENV}; otherwise, for root, <b>{@code /var/lib/casewatch}</b> (a directory an
 * unprivileged Elasticsearch user can reach, unlike anything under {@code /root}), and for everyone
 * else <b>{@code ~/.casewatch}</b>.
 *
 * <p>Stateless and thread-safe.
 */
public final class CasewatchHome {

  /** The system property that names the home directory. */
  public static final String PROPERTY = "casewatch.home";

  /** The environment variable that names the home directory. */
  public static final String ENV = "CASEWATCH_HOME";

  /** The home directory used when casewatch runs as root and nothing else is set. */
  public static final Path ROOT_DEFAULT = Path.of("/var/lib/casewatch");

  /** The name of the home directory under the user's home when not running as root. */
  public static final String USER_DEFAULT_NAME = ".casewatch";

  private CasewatchHome() {}

  /** The home directory for this JVM, from its system properties, environment and user. */
  public static Path resolve() {
    return resolve(
        System.getProperties(),
        System.getenv(),
        UnixUsers.isRoot(),
        Path.of(System.getProperty("user.home")));
  }

  /**
   * The home directory for the given system properties, environment and user; an explicitly set
   * directory is made absolute.
   */
  public static Path resolve(
      Properties properties, Map<String, String> env, boolean root, Path userHome) {
    String property = properties.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      return Path.of(property.strip()).toAbsolutePath().normalize();
    }
    String fromEnv = env.get(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
    }
    return root ? ROOT_DEFAULT : userHome.resolve(USER_DEFAULT_NAME).toAbsolutePath().normalize();
  }
}
