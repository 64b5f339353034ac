package org.casewatch.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

  @Test
  void escapeSequencesAndForgedLinesAreNeutralised() {
    String hostile = "Title\u001b[2J\u001b]0;pwned\u0007\r\n2026-01-01 INFO admin login ok\u009b";
    String safe = TerminalText.safe(hostile);
    assertThat(safe).doesNotContain("\u001b", "\u0007", "\r", "\n", "\u009b");
    assertThat(safe).startsWith("Title\uFFFD[2J").contains("  2026-01-01 INFO");
  }

  @Test
  void ordinaryTextIsKeptAndLongTextCut() {
    assertThat(TerminalText.safe("Zhou Xiaoxuan — café 中")).isEqualTo("Zhou Xiaoxuan — café 中");
    assertThat(TerminalText.safe("abcdefghij", 5)).isEqualTo("abcd…");
    assertThat(TerminalText.safe(null)).isEmpty();
  }
}
