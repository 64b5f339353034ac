package org.casewatch.ingest.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinesTest {

  @Test
  void dropsShortTemplateLinesAndKeepsProse() {
    String text =
        String.join(
            "\n\n",
            "First paragraph of the story.",
            "ADVERTISEMENT",
            "By Justine Coleman - 11/18/19 11:04 PM EST",
            "Updated at 1:23 p.m.",
            "By the end of the year, the fund had doubled.",
            "Published Monday, November 18, 2019",
            "© 2019 Example Corp.",
            "Share this article",
            "Published figures, which the ministry released on Monday after months of pressure"
                + " from reporters, show a rise in complaints.");
    assertThat(Lines.clean(text))
        .isEqualTo(
            "First paragraph of the story.\n\nBy the end of the year, the fund had doubled.\n\n"
                + "Published figures, which the ministry released on Monday after months of"
                + " pressure from reporters, show a rise in complaints.");
  }
}
