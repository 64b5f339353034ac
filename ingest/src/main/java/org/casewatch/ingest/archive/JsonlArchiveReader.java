package org.casewatch.ingest.archive;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.casewatch.ingest.social.internal.Json;

/**
 * Reads a JSONL (or JSONL.gz) export of posts: one JSON object per line, mapped with the file's
 * field mapping (a JSON pointer such as {@code /account/acct}, or a top-level key). Offsets are
 * byte offsets of line starts in the decompressed text. A line that is not a JSON object, or longer
 * than {@value #MAX_LINE_BYTES} bytes, is dead-lettered; blank lines are skipped.
 */
final class JsonlArchiveReader implements ArchiveReader {

  /** Longest line read: 10 MiB. */
  static final int MAX_LINE_BYTES = 10 * 1024 * 1024;

  private final ArchiveFile file;
  private final Clock clock;
  private final ArchiveInput input;
  private final InputStream in;
  private long offset;
  private long number;
  private boolean done;

  JsonlArchiveReader(ArchiveFile file, long start, long number, Clock clock) throws IOException {
    this.file = file;
    this.clock = clock;
    this.input = ArchiveInput.open(file.file());
    this.in = input.stream();
    try {
      input.skipTo(start);
    } catch (IOException e) {
      input.close();
      throw e;
    }
    this.offset = start;
    this.number = number;
  }

  @Override
  public ArchiveItem next() {
    if (done) {
      return null;
    }
    long start = offset;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean tooLong = false;
    try {
      int b;
      while ((b = in.read()) != -1) {
        offset++;
        if (b == '\n') {
          break;
        }
        if (line.size() >= MAX_LINE_BYTES) {
          tooLong = true;
        } else {
          line.write(b);
        }
      }
      if (b == -1 && line.size() == 0 && !tooLong) {
        done = true;
        return null;
      }
    } catch (IOException e) {
      number++;
      ArchiveItem item =
          ArchiveRecords.failed(
              file, start, number, ArchiveError.UNREADABLE_REST, "read failed: " + e.getMessage());
      done = true;
      return item;
    }
    number++;
    if (tooLong) {
      return ArchiveRecords.failed(
          file, start, number, ArchiveError.TOO_LARGE, "line longer than " + MAX_LINE_BYTES);
    }
    String text = line.toString(StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return ArchiveItem.skipped(start, number);
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(text);
    } catch (JacksonException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      return ArchiveRecords.failed(
          file, start, number, ArchiveError.MALFORMED_RECORD, "not a JSON object");
    }
    JsonNode object = node;
    return ArchiveRecords.post(file, start, number, name -> value(object, name), clock.instant());
  }

  private static String value(JsonNode node, String name) {
    JsonNode value = name.startsWith("/") ? node.at(name) : node.get(name);
    if (value == null || value.isMissingNode() || value.isNull() || value.isContainerNode()) {
      return null;
    }
    return value.asText();
  }

  @Override
  public long bytesRead() {
    return input.bytesRead();
  }

  @Override
  public long size() {
    return input.size();
  }

  @Override
  public void close() throws IOException {
    input.close();
  }
}
