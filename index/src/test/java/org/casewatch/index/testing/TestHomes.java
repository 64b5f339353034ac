package org.casewatch.index.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.casewatch.index.es.internal.DistributionInstaller;
import org.casewatch.index.es.internal.UnixUsers;

/**
 * Fresh casewatch home directories for tests. As root they go under <b>{@code /var/tmp}</b>, which
 * the unprivileged Elasticsearch user can reach (a checkout under {@code /root} is not); otherwise
 * under the build directory (system property {@code casewatch.it.dir}, default <b>{@code
 * target}</b>).
 */
public final class TestHomes {

  private TestHomes() {}

  /** A new, empty home directory that every user may traverse. */
  public static Path create() {
    try {
      Path parent =
          UnixUsers.isRoot()
              ? Path.of("/var/tmp")
              : Path.of(System.getProperty("casewatch.it.dir", "target")).toAbsolutePath();
      Files.createDirectories(parent);
      Path home = Files.createTempDirectory(parent, "casewatch-it-");
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a test home directory", e);
    }
  }

  /** Deletes a home directory and everything in it. */
  public static void delete(Path home) {
    try {
      DistributionInstaller.deleteRecursively(home);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete test home " + home, e);
    }
  }
}
