package org.casewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.casewatch.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Hostile HTML (reliability cases 39 and 41): broken bytes, NULs and lone surrogates never reach a
 * document, and a 100,000-deep element tree is walked without a {@link StackOverflowError}.
 */
class HostileHtmlTest {

  private static final Instant FETCHED = Instant.parse("2026-01-02T03:04:05Z");
  private static final String PROSE =
      "The council said on Tuesday that the harbour inquiry would publish its findings in"
          + " March, after hearing from forty witnesses over six weeks of public sessions. ";

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void invalidUtf8BytesBecomeReplacementCharacters() throws Exception {
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    html.writeBytes(
        "<html><head><meta charset=utf-8><title>Bad ".getBytes(StandardCharsets.US_ASCII));
    html.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
    html.writeBytes(" title</title></head><body><article><p>".getBytes(StandardCharsets.US_ASCII));
    html.writeBytes(new byte[] {(byte) 0xC3, 0x28});
    html.writeBytes(
        (PROSE.repeat(4) + "</p></article></body></html>").getBytes(StandardCharsets.US_ASCII));
    Article a =
        extractor.extract("https://x.example/news/1.html", html.toByteArray(), null, FETCHED, null);
    assertWellFormed(a.title());
    assertWellFormed(a.body());
    assertThat(a.title()).contains("Bad").contains("title").contains("\uFFFD");
    assertThat(
            new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(a.body())).asText())
        .isEqualTo(a.body());
  }

  @Test
  void nulsAndLoneSurrogatesInDecodedTextNeverReachTheDocument() throws Exception {
    String html =
        "<html><head><title>Nul\u0000 and \uD800 surrogate</title></head><body><article><p>"
            + "Before\u0000after \uDC00 "
            + PROSE.repeat(4)
            + "</p></article></body></html>";
    Article a = extractor.extract("https://x.example/news/2.html", html, FETCHED, null);
    assertWellFormed(a.title());
    assertWellFormed(a.body());
    assertThat(a.body()).contains("Before").contains("after");
  }

  @Test
  void hundredThousandNestedDivsDoNotOverflowTheStack() {
    String html =
        "<html><head><title>Deep</title></head><body><article><p>"
            + PROSE.repeat(4)
            + "</p></article>"
            + "<div>".repeat(100_000)
            + "deep text"
            + "</div>".repeat(100_000)
            + "</body></html>";
    Object outcome;
    try {
      outcome = extractor.extractPage("https://x.example/news/3.html", html, FETCHED, null);
    } catch (ExtractionException typed) {
      outcome = typed.reason();
    }
    assertThat(outcome).isNotNull();
    if (outcome instanceof ExtractedPage page) {
      assertThat(page.article().body()).contains("harbour inquiry");
    }
  }

  /** No NUL and no unpaired UTF-16 surrogate. */
  private static void assertWellFormed(String s) {
    assertThat(s).doesNotContain("\u0000");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
            .as("high surrogate at %d paired", i)
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
      }
    }
  }
}
