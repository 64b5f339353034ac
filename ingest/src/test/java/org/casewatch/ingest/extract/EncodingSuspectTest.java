package org.casewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.casewatch.ingest.extract.internal.EncodingCheck;
import org.casewatch.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Reliability case 40: a corpus of mixed and double-encoded pages, modelled on feedparser's {@code
 * tests/encoding} ({@code double-encoded-html}, {@code encoding_mismatch}), is extracted, never
 * dropped, and flagged {@link Article#encodingSuspect()}; correctly declared pages in several
 * charsets, and real text that merely looks odd, are not flagged.
 */
class EncodingSuspectTest {

  private static final Instant FETCHED = Instant.parse("2026-01-02T03:04:05Z");
  private static final String GOLDEN =
      "Café owner José Muñoz told the Straße » hearing: “it’s over”. ";
  private static final String PROSE =
      " The council said on Tuesday that the harbour inquiry would publish its findings in"
          + " March, after hearing from forty witnesses over six weeks of public sessions.";

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static byte[] page(String metaCharset, String text, Charset encoding) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String meta = metaCharset == null ? "" : "<meta charset=\"" + metaCharset + "\">";
    out.writeBytes(
        ("<html><head>" + meta + "<title>Inquiry</title></head><body><article><p>")
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes((text + PROSE.repeat(4)).getBytes(encoding));
    out.writeBytes("</p></article></body></html>".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private Article extract(byte[] body, Charset headerCharset) throws ExtractionException {
    return extractor.extract("https://x.example/news/1.html", body, headerCharset, FETCHED, null);
  }

  @Test
  void doubleEncodedUtf8IsKeptAndFlagged() throws Exception {
    // UTF-8 bytes read as cp1252 and encoded as UTF-8 again: "é" arrives as "Ã©".
    String once =
        new String(GOLDEN.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    Article a = extract(page("utf-8", once, StandardCharsets.UTF_8), null);
    assertThat(a.body()).contains("CafÃ©");
    assertThat(a.encodingSuspect()).isTrue();
  }

  @Test
  void aHeaderCharsetThatContradictsTheUtf8BodyIsKeptAndFlagged() throws Exception {
    // encoding_mismatch: the header says ISO-8859-1 (it wins over meta), the bytes are UTF-8.
    Article a = extract(page("utf-8", GOLDEN, StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(a.body()).contains("Caf");
    assertThat(a.encodingSuspect()).isTrue();
  }

  @Test
  void latin1BytesWithNoDeclaredCharsetAreGuessedAsUtf8AndFlagged() throws Exception {
    Article a =
        extract(page(null, "Café owner José Muñoz said. ", StandardCharsets.ISO_8859_1), null);
    assertThat(a.body()).contains("\uFFFD").contains("owner");
    assertThat(a.encodingSuspect()).isTrue();
  }

  @Test
  void cp1252QuotesUnderAnIso88591HeaderAreFlagged() throws Exception {
    Article a =
        extract(
            page(null, "He said “it’s over” today. ", Charset.forName("windows-1252")),
            StandardCharsets.ISO_8859_1);
    assertThat(a.encodingSuspect()).isTrue();
  }

  @Test
  void correctlyDeclaredPagesAreNotFlagged() throws Exception {
    assertThat(extract(page("utf-8", GOLDEN, StandardCharsets.UTF_8), null).encodingSuspect())
        .isFalse();
    assertThat(
            extract(page(null, GOLDEN, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .encodingSuspect())
        .isFalse();
    String latin = "Café owner José Muñoz said, in the Straße » hearing. ";
    Article latin1 = extract(page("iso-8859-1", latin, StandardCharsets.ISO_8859_1), null);
    assertThat(latin1.body()).contains(latin.trim());
    assertThat(latin1.encodingSuspect()).isFalse();
    Article cp1252 = extract(page("windows-1252", GOLDEN, Charset.forName("windows-1252")), null);
    assertThat(cp1252.body()).contains("“it’s over”");
    assertThat(cp1252.encodingSuspect()).isFalse();
  }

  @Test
  void theCheckNamesWhatItSaw() {
    assertThat(EncodingCheck.suspicion("plain ascii")).isNull();
    assertThat(EncodingCheck.suspicion(null)).isNull();
    assertThat(EncodingCheck.suspicion("São Paulo, Zürich, Łódź, 中文, Straße »")).isNull();
    assertThat(EncodingCheck.suspicion("bad \uFFFD byte")).isEqualTo("replacement characters");
    assertThat(EncodingCheck.suspicion("quote \u0093x\u0094")).isEqualTo("C1 control characters");
    assertThat(EncodingCheck.suspicion("it’s → itâ€™s")).isEqualTo("mojibake");
    assertThat(EncodingCheck.suspicion("one pair: Ã©")).isNull();
    assertThat(EncodingCheck.suspicion("two pairs: Ã© and Ã¨")).isEqualTo("mojibake");
  }
}
