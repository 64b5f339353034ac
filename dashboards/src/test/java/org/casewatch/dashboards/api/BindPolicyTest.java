package org.casewatch.dashboards.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BindPolicyTest {

  static final String TOKEN = "x".repeat(BindPolicy.MIN_TOKEN_CHARS);

  @Test
  void loopbackNeedsNothing() {
    assertThatCode(() -> BindPolicy.check("127.0.0.1", false, null)).doesNotThrowAnyException();
    assertThatCode(() -> BindPolicy.check("::1", false, null)).doesNotThrowAnyException();
    assertThatCode(() -> BindPolicy.check("localhost", false, TOKEN)).doesNotThrowAnyException();
  }

  @Test
  void otherAddressesNeedTheFlagAndAToken() {
    assertThatThrownBy(() -> BindPolicy.check("0.0.0.0", false, TOKEN))
        .hasMessageContaining("--allow-remote");
    assertThatThrownBy(() -> BindPolicy.check("0.0.0.0", true, null)).hasMessageContaining("token");
    assertThatThrownBy(() -> BindPolicy.check("0.0.0.0", true, "short"))
        .hasMessageContaining("at least");
    assertThatCode(() -> BindPolicy.check("0.0.0.0", true, TOKEN)).doesNotThrowAnyException();
  }
}
