package org.casewatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CasewatchHomeTest {

  private static final Path USER_HOME = Path.of("/home/alice");

  @Test
  void systemPropertyWinsOverEnvironment() {
    Properties props = new Properties();
    props.setProperty(CasewatchHome.PROPERTY, "/srv/cw-prop");

    Path home =
        CasewatchHome.resolve(props, Map.of(CasewatchHome.ENV, "/srv/cw-env"), true, USER_HOME);

    assertThat(home).isEqualTo(Path.of("/srv/cw-prop"));
  }

  @Test
  void environmentIsUsedWhenNoPropertyIsSet() {
    Path home =
        CasewatchHome.resolve(
            new Properties(), Map.of(CasewatchHome.ENV, "/srv/cw-env/"), false, USER_HOME);

    assertThat(home).isEqualTo(Path.of("/srv/cw-env"));
  }

  @Test
  void rootDefaultsToVarLibSoThatAnUnprivilegedUserCanReachIt() {
    assertThat(CasewatchHome.resolve(new Properties(), Map.of(), true, Path.of("/root")))
        .isEqualTo(Path.of("/var/lib/casewatch"));
  }

  @Test
  void otherUsersDefaultToADotDirectoryInTheirHome() {
    assertThat(CasewatchHome.resolve(new Properties(), Map.of(), false, USER_HOME))
        .isEqualTo(Path.of("/home/alice/.casewatch"));
  }

  @Test
  void blankSettingsAreIgnored() {
    Properties props = new Properties();
    props.setProperty(CasewatchHome.PROPERTY, "  ");

    assertThat(CasewatchHome.resolve(props, Map.of(CasewatchHome.ENV, ""), false, USER_HOME))
        .isEqualTo(Path.of("/home/alice/.casewatch"));
  }
}
