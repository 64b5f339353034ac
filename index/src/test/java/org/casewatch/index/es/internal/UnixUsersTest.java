package org.casewatch.index.es.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.casewatch.index.es.DirectoryNotReachableException;
import org.casewatch.index.es.internal.UnixUsers.UnixUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnixUsersTest {

  /** A user that owns nothing here and is in no group that does. */
  private static final UnixUser STRANGER = new UnixUser("stranger", 54321, 54321);

  @Test
  void aClosedParentDirectoryIsNamed(@TempDir Path tmp) throws IOException {
    Path closed = Files.createDirectories(tmp.resolve("closed"));
    Path inner = Files.createDirectories(closed.resolve("home/elasticsearch"));
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));

    assertThatThrownBy(() -> UnixUsers.requireTraversable(inner, STRANGER))
        .isInstanceOfSatisfying(
            DirectoryNotReachableException.class, e -> assertThat(e.directory()).isEqualTo(closed))
        .hasMessageContaining(closed.toString())
        .hasMessageContaining("stranger");
  }

  @Test
  void openDirectoriesPass(@TempDir Path tmp) throws IOException {
    Path inner = Files.createDirectories(tmp.resolve("open/home"));
    for (Path p = inner; !p.equals(tmp.getParent()); p = p.getParent()) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-x--x"));
    }

    UnixUsers.requireTraversable(inner, STRANGER);
  }

  @Test
  void readsTheUidOfThisProcess() {
    assertThat(UnixUsers.isRoot()).isEqualTo("root".equals(System.getProperty("user.name")));
  }
}
