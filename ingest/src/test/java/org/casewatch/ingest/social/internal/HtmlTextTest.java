package org.casewatch.ingest.social.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void keepsLinkTextAndDropsMarkup() {
    String html =
        "<p>Read <a href=\"https://example.org/x\" onclick=\"evil()\">the <b>report</b></a>"
            + " &amp; share</p><p>Line one<br>line two</p>";
    assertThat(HtmlText.toText(html)).isEqualTo("Read the report & share\n\nLine one\nline two");
  }

  @Test
  void dropsScriptsStylesAndCommentsAndKeepsEscapedMarkupAsText() {
    String html =
        "<!-- SC_OFF --><div><script>alert('x')</script><style>p{}</style>"
            + "<p>&lt;img src=x onerror=alert(1)&gt; is text</p></div>";
    assertThat(HtmlText.toText(html)).isEqualTo("<img src=x onerror=alert(1)> is text");
  }

  @Test
  void collapsesWhitespaceAndHandlesEmptyInput() {
    assertThat(HtmlText.toText("  <p>  a \n\t b  </p>  ")).isEqualTo("a b");
    assertThat(HtmlText.toText(null)).isEmpty();
    assertThat(HtmlText.toText("   ")).isEmpty();
  }

  @Test
  void mastodonInvisibleUrlPartsStayInTheLinkText() {
    String html =
        "<p><a href=\"https://www.example.com/a/b\"><span class=\"invisible\">https://www.</span>"
            + "<span class=\"ellipsis\">example.com/a</span><span class=\"invisible\">/b</span></a>"
            + " <a href=\"https://x.social/tags/metoo\" class=\"mention hashtag\">#<span>metoo</span></a></p>";
    assertThat(HtmlText.toText(html)).isEqualTo("https://www.example.com/a/b #metoo");
  }
}
