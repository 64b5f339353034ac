package org.casewatch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CasewatchHomeTest {

  private static final Path USER_HOME = Path.of("users", "alice").toAbsolutePath();
  private static final Path PROP_DIR = Path.of("cw-prop").toAbsolutePath();
  private static final Path ENV_DIR = Path.of("cw-env").toAbsolutePath();

  @Test
  void systemPropertyWinsOverEnvironment() {
    Properties props = new Properties();
    props.setProperty(CasewatchHome.PROPERTY, PROP_DIR.toString());

    Path home =
        CasewatchHome.resolve(
            props, Map.of(CasewatchHome.ENV, ENV_DIR.toString()), true, USER_HOME);

    assertThat(home).isEqualTo(PROP_DIR);
  }

  @Test
  void environmentIsUsedWhenNoPropertyIsSet() {
    Path home =
        CasewatchHome.resolve(
            new Properties(), Map.of(CasewatchHome.ENV, ENV_DIR + "/"), false, USER_HOME);

    assertThat(home).isEqualTo(ENV_DIR);
  }

  @Test
  void rootDefaultsToVarLibSoThatAnUnprivilegedUserCanReachIt() {
    assertThat(CasewatchHome.resolve(new Properties(), Map.of(), true, USER_HOME))
        .isEqualTo(CasewatchHome.ROOT_DEFAULT);
  }

  @Test
  void otherUsersDefaultToADotDirectoryInTheirHome() {
    assertThat(CasewatchHome.resolve(new Properties(), Map.of(), false, USER_HOME))
        .isEqualTo(USER_HOME.resolve(".casewatch"));
  }

  @Test
  void blankSettingsAreIgnored() {
    Properties props = new Properties();
    props.setProperty(CasewatchHome.PROPERTY, "  ");

    assertThat(CasewatchHome.resolve(props, Map.of(CasewatchHome.ENV, ""), false, USER_HOME))
        .isEqualTo(USER_HOME.resolve(".casewatch"));
  }
}
