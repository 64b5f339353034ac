package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void causesAreListedOnceEach() {
    Exception e =
        new IllegalStateException(
            "cannot start Elasticsearch", new IOException("port 9200 is in use"));
    assertThat(Messages.describe(e))
        .isEqualTo(
            "cannot start Elasticsearch"
                + System.lineSeparator()
                + "  caused by: port 9200 is in use");
    assertThat(Messages.describe(new RuntimeException(new IOException("x")))).contains("x");
  }
}
