package org.casewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecodingTest {

  private static final byte[] TEXT =
      "<p>Zażółć gęślą jaźń — ж 中</p>".repeat(50).getBytes(StandardCharsets.UTF_8);

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
      d.write(data);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  @Test
  void decodesGzipDeflateAndStackedEncodings() throws IOException {
    assertThat(ContentDecoding.decode(gzip(TEXT), "gzip", 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode(gzip(TEXT), "X-GZIP", 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode(deflate(TEXT, false), "deflate", 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode(deflate(TEXT, true), "deflate", 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode(gzip(gzip(TEXT)), "gzip, gzip", 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode(TEXT, "identity", 1 << 20)).isEqualTo(TEXT);
    assertThat(ContentDecoding.decode(TEXT, null, 1 << 20)).isEqualTo(TEXT);
  }

  @Test
  void capsTheDecompressedSizeOfABomb() throws IOException {
    byte[] bomb = gzip(new byte[64 * 1024 * 1024]); // 64 MiB of zeros, about 64 KiB compressed
    assertThat(bomb.length).isLessThan(200 * 1024);
    assertThatThrownBy(() -> ContentDecoding.decode(bomb, "gzip", 1024 * 1024))
        .isInstanceOf(BodyTooLargeException.class)
        .hasMessageContaining("decompressed size exceeds");
  }

  @Test
  void refusesUnknownOrCorruptEncodings() {
    assertThatThrownBy(() -> ContentDecoding.decode(TEXT, "br", 1 << 20))
        .isInstanceOf(UnsupportedEncodingException.class)
        .hasMessageContaining("br");
    assertThatThrownBy(() -> ContentDecoding.decode(TEXT, "gzip", 1 << 20))
        .isInstanceOf(UnsupportedEncodingException.class);
    assertThatThrownBy(() -> ContentDecoding.decode(TEXT, "gzip, gzip, gzip, gzip", 1 << 20))
        .isInstanceOf(UnsupportedEncodingException.class);
  }

  @Test
  void charsetOrderIsBomThenHeader() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '<', 'p', '>'};
    assertThat(Charsets.detect(bom, "text/html; charset=ISO-8859-1"))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(Charsets.detect(TEXT, "text/html; charset=\"ISO-8859-1\""))
        .isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(Charsets.detect(TEXT, "text/html; charset=no-such-charset")).isNull();
    assertThat(Charsets.detect(TEXT, null)).isNull();
  }
}
