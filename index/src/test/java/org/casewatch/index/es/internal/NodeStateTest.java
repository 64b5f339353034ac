package org.casewatch.index.es.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeStateTest {

  @Test
  void roundTripsThroughItsFile(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("state.properties");
    new NodeState(4242, 19200, "8.19.21").write(file);

    assertThat(NodeState.read(file)).contains(new NodeState(4242, 19200, "8.19.21"));
  }

  @Test
  void stoppedKeepsThePort() {
    assertThat(new NodeState(4242, 19200, "8.19.21").stopped())
        .isEqualTo(new NodeState(0, 19200, "8.19.21"));
  }

  @Test
  void aMissingFileIsNoState(@TempDir Path tmp) throws IOException {
    assertThat(NodeState.read(tmp.resolve("none"))).isEmpty();
  }
}
