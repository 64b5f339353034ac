package org.casewatch.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes {@code Content-Encoding} (gzip, x-gzip, deflate, identity; stacked up to three layers)
 * with a cap on the decoded size, so that a small compressed bomb cannot fill the heap.
 */
public final class ContentDecoding {

  /** The {@code Accept-Encoding} header matching what {@link #decode} supports. */
  public static final String ACCEPT_ENCODING = "gzip, deflate";

  private static final int MAX_LAYERS = 3;

  private ContentDecoding() {}

  /**
   * Decodes a body.
   *
   * @param body the bytes as received
   * @param contentEncoding the {@code Content-Encoding} header, or null
   * @param cap the maximum number of decoded bytes
   * @throws BodyTooLargeException when a layer decodes to more than {@code cap} bytes
   * @throws UnsupportedEncodingException for unknown encodings or corrupt data
   */
  public static byte[] decode(byte[] body, String contentEncoding, long cap) throws IOException {
    return decode(body, contentEncoding, cap, false);
  }

  /**
   * Decodes at most the first {@code limit + 1} bytes of a body, for inputs of which only a prefix
   * is read (robots.txt: RFC 9309 asks for at least the first 500 KiB, the rest may be ignored). A
   * result longer than {@code limit} means the body was longer; a compressed body cut short
   * (because only a prefix was received) yields what decodes before the cut.
   *
   * @throws UnsupportedEncodingException for unknown encodings or data that decodes to nothing
   */
  public static byte[] decodePrefix(byte[] body, String contentEncoding, long limit)
      throws IOException {
    byte[] data = decode(body, contentEncoding, limit + 1, true);
    return data.length > limit + 1 ? java.util.Arrays.copyOf(data, (int) (limit + 1)) : data;
  }

  private static byte[] decode(byte[] body, String contentEncoding, long cap, boolean prefix)
      throws IOException {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return body;
    }
    List<String> layers = new ArrayList<>();
    for (String token : contentEncoding.split(",")) {
      String name = token.trim().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals("identity")) {
        layers.add(name);
      }
    }
    if (layers.size() > MAX_LAYERS) {
      throw new UnsupportedEncodingException("too many encodings: " + contentEncoding, null);
    }
    byte[] data = body;
    for (int i = layers.size() - 1; i >= 0; i--) {
      data = decodeLayer(data, layers.get(i), cap, prefix);
    }
    return data;
  }

  private static byte[] decodeLayer(byte[] data, String encoding, long cap, boolean prefix)
      throws IOException {
    try {
      switch (encoding) {
        case "gzip":
        case "x-gzip":
          return read(new GZIPInputStream(new ByteArrayInputStream(data)), cap, prefix);
        case "deflate":
          return inflate(data, cap, prefix);
        default:
          throw new UnsupportedEncodingException("unsupported encoding: " + encoding, null);
      }
    } catch (ZipException | java.io.EOFException e) {
      throw new UnsupportedEncodingException("corrupt " + encoding + " body", e);
    }
  }

  private static byte[] inflate(byte[] data, long cap, boolean prefix) throws IOException {
    // RFC 9110 deflate is zlib-wrapped, but some servers send raw deflate: try both.
    try {
      return read(new InflaterInputStream(new ByteArrayInputStream(data)), cap, prefix);
    } catch (ZipException e) {
      Inflater raw = new Inflater(true);
      try {
        return read(new InflaterInputStream(new ByteArrayInputStream(data), raw), cap, prefix);
      } finally {
        raw.end();
      }
    }
  }

  private static byte[] read(InputStream in, long cap, boolean prefix) throws IOException {
    return prefix ? readPrefix(in, cap) : readCapped(in, cap);
  }

  /**
   * Reads at most {@code cap} bytes of a stream and stops; a stream that ends early because its
   * compressed input was cut keeps what came out before the cut (or fails when nothing did).
   */
  static byte[] readPrefix(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (in) {
      byte[] chunk = new byte[8192];
      int n;
      while (out.size() < cap
          && (n = in.read(chunk, 0, (int) Math.min(chunk.length, cap - out.size()))) > 0) {
        out.write(chunk, 0, n);
      }
    } catch (java.io.EOFException e) {
      if (out.size() == 0) {
        throw e;
      }
    }
    return out.toByteArray();
  }

  /** Reads a stream fully, failing once more than {@code cap} bytes have come out. */
  public static byte[] readCapped(InputStream in, long cap) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(chunk)) > 0) {
        total += n;
        if (total > cap) {
          throw new BodyTooLargeException("decompressed size exceeds cap of " + cap + " bytes");
        }
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    }
  }
}
