package org.casewatch.ingest.social.source.split;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.casewatch.ingest.social.SocialCursor;
import org.casewatch.ingest.social.SocialPlatform;
import org.casewatch.ingest.social.SocialQuery;

/**
 * Serializes {@link SocialSplit}s for checkpoints. Version {@value #VERSION}: the query (platform
 * name, base URL, nullable community, terms and poll interval in milliseconds), the cursor
 * (nullable since id and time, next, sweep top id and time, floor; page count; instants as epoch
 * seconds and nanos), then the count and the seen ids.
 */
public final class SocialSplitSerializer implements SimpleVersionedSerializer<SocialSplit> {

  /** The current format version. */
  public static final int VERSION = 1;

  /** A shared instance; the serializer is stateless. */
  public static final SocialSplitSerializer INSTANCE = new SocialSplitSerializer();

  @Override
  public int getVersion() {
    return VERSION;
  }

  @Override
  public byte[] serialize(SocialSplit split) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeQuery(split.query(), out);
      writeCursor(split.cursor(), out);
      out.writeInt(split.seenIds().size());
      for (String id : split.seenIds()) {
        out.writeUTF(id);
      }
    }
    return bytes.toByteArray();
  }

  @Override
  public SocialSplit deserialize(int version, byte[] serialized) throws IOException {
    if (version != VERSION) {
      throw new IOException("unknown SocialSplit serializer version " + version);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      SocialQuery query = readQuery(in);
      SocialCursor cursor = readCursor(in);
      int count = in.readInt();
      if (count < 0) {
        throw new IOException("negative id count " + count);
      }
      List<String> ids = new ArrayList<>(Math.min(count, 1 << 16));
      for (int i = 0; i < count; i++) {
        ids.add(in.readUTF());
      }
      return new SocialSplit(query, cursor, ids);
    }
  }

  private static void writeQuery(SocialQuery query, DataOutputStream out) throws IOException {
    out.writeUTF(query.platform().name());
    out.writeUTF(query.baseUrl());
    writeNullable(query.community(), out);
    writeNullable(query.terms(), out);
    out.writeBoolean(query.pollInterval() != null);
    if (query.pollInterval() != null) {
      out.writeLong(query.pollInterval().toMillis());
    }
  }

  private static SocialQuery readQuery(DataInputStream in) throws IOException {
    SocialPlatform platform;
    try {
      platform = SocialPlatform.valueOf(in.readUTF());
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown platform in split", e);
    }
    String baseUrl = in.readUTF();
    String community = readNullable(in);
    String terms = readNullable(in);
    Duration interval = in.readBoolean() ? Duration.ofMillis(in.readLong()) : null;
    try {
      return new SocialQuery(platform, baseUrl, community, terms, interval);
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid query in split: " + e.getMessage(), e);
    }
  }

  private static void writeCursor(SocialCursor cursor, DataOutputStream out) throws IOException {
    writeNullable(cursor.sinceId(), out);
    writeInstant(cursor.sinceTime(), out);
    writeNullable(cursor.next(), out);
    writeNullable(cursor.sweepTopId(), out);
    writeInstant(cursor.sweepTopTime(), out);
    writeInstant(cursor.floor(), out);
    out.writeInt(cursor.pages());
  }

  private static SocialCursor readCursor(DataInputStream in) throws IOException {
    return new SocialCursor(
        readNullable(in),
        readInstant(in),
        readNullable(in),
        readNullable(in),
        readInstant(in),
        readInstant(in),
        in.readInt());
  }

  private static void writeInstant(Instant value, DataOutputStream out) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value.getEpochSecond());
      out.writeInt(value.getNano());
    }
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
  }

  private static void writeNullable(String value, DataOutputStream out) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeUTF(value);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }
}
