package org.casewatch.ingest.extract;

import org.casewatch.ingest.internal.Charsets;

/**
 * Tells binary content from text: known magic numbers (PNG, JPEG, GIF, PDF, ZIP, gzip, WebP/RIFF)
 * or a NUL byte in the first kilobyte of a body without a UTF-16 byte-order mark.
 */
final class Sniffer {

  private static final byte[][] MAGIC = {
    {(byte) 0x89, 'P', 'N', 'G'},
    {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
    {'G', 'I', 'F', '8'},
    {'%', 'P', 'D', 'F'},
    {'P', 'K', 3, 4},
    {(byte) 0x1f, (byte) 0x8b},
    {'R', 'I', 'F', 'F'},
  };
  private static final int SNIFF_BYTES = 1024;

  private Sniffer() {}

  static boolean looksBinary(byte[] body) {
    for (byte[] magic : MAGIC) {
      if (startsWith(body, magic)) {
        return true;
      }
    }
    if (Charsets.fromBom(body) != null) {
      return false;
    }
    int limit = Math.min(body.length, SNIFF_BYTES);
    for (int i = 0; i < limit; i++) {
      if (body[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] body, byte[] magic) {
    if (body.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (body[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
