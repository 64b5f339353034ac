package org.casewatch.index.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ManagedElasticsearchConfigTest {

  private static final Path HOME = Path.of("casewatch-home").toAbsolutePath();

  @Test
  void hasDocumentedDefaults() {
    ManagedElasticsearchConfig config = ManagedElasticsearchConfig.builder().home(HOME).build();

    assertThat(config.home()).isEqualTo(HOME);
    assertThat(config.port()).isZero();
    assertThat(config.heapMb()).isEqualTo(1024);
    assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(300));
    assertThat(config.stopTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.distribution()).isEmpty();
  }

  @Test
  void refusesAPortOutOfRange() {
    assertThatThrownBy(() -> ManagedElasticsearchConfig.builder().home(HOME).port(70000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
  }

  @Test
  void refusesATinyHeap() {
    assertThatThrownBy(() -> ManagedElasticsearchConfig.builder().home(HOME).heapMb(64).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("heapMb");
  }

  @Test
  void refusesAUserNameThatIsNotPlain() {
    assertThatThrownBy(
            () -> ManagedElasticsearchConfig.builder().home(HOME).user("nobody; rm -rf").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("user");
  }

  @Test
  void refusesANonPositiveTimeout() {
    assertThatThrownBy(
            () ->
                ManagedElasticsearchConfig.builder().home(HOME).startTimeout(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("startTimeout");
  }

  @Test
  void relativeHomeIsMadeAbsolute() {
    ManagedElasticsearchConfig config =
        ManagedElasticsearchConfig.builder().home(Path.of("rel/home")).build();

    assertThat(config.home().isAbsolute()).isTrue();
    assertThat(config.home().endsWith(Path.of("rel/home"))).isTrue();
  }
}
