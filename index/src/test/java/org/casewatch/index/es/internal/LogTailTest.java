package org.casewatch.index.es.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

  @Test
  void keepsTheLastLinesOfEachExistingFile(@TempDir Path tmp) throws IOException {
    Path log =
        Files.writeString(
            tmp.resolve("casewatch.log"),
            IntStream.rangeClosed(1, 100)
                .mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n")));

    String tail = LogTail.of(tmp.resolve("missing.log"), log);

    assertThat(tail.lines()).hasSize(LogTail.LINES + 1);
    assertThat(tail).startsWith("==> " + log).contains("line 61\n").endsWith("line 100\n");
    assertThat(tail).doesNotContain("line 60\n").doesNotContain("missing.log");
  }

  @Test
  void saysSoWhenNothingWasWritten(@TempDir Path tmp) {
    assertThat(LogTail.of(tmp.resolve("none.log"))).contains("no output");
  }

  @Test
  void recognisesBindFailures() {
    assertThat(
            LogTail.mentionsBindFailure(
                "BindHttpException: Failed to bind to 127.0.0.1:9200\n"
                    + "Caused by: java.net.BindException: Address already in use"))
        .isTrue();
    assertThat(LogTail.mentionsBindFailure("node started")).isFalse();
  }
}
