package org.casewatch.ingest.source.split;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * Serializes {@link FeedSplit}s for checkpoints. Version {@value #VERSION}: the feed URL, the
 * nullable ETag and Last-Modified, then the count and the ids.
 */
public final class FeedSplitSerializer implements SimpleVersionedSerializer<FeedSplit> {

  /** The current format version. */
  public static final int VERSION = 1;

  /** A shared instance; the serializer is stateless. */
  public static final FeedSplitSerializer INSTANCE = new FeedSplitSerializer();

  @Override
  public int getVersion() {
    return VERSION;
  }

  @Override
  public byte[] serialize(FeedSplit split) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(split, out);
    }
    return bytes.toByteArray();
  }

  @Override
  public FeedSplit deserialize(int version, byte[] serialized) throws IOException {
    if (version != VERSION) {
      throw new IOException("unknown FeedSplit serializer version " + version);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      return read(in);
    }
  }

  private static void write(FeedSplit split, DataOutputStream out) throws IOException {
    out.writeUTF(split.feedUrl());
    writeNullable(split.etag(), out);
    writeNullable(split.lastModified(), out);
    out.writeInt(split.seenIds().size());
    for (String id : split.seenIds()) {
      out.writeUTF(id);
    }
  }

  private static FeedSplit read(DataInputStream in) throws IOException {
    String feedUrl = in.readUTF();
    String etag = readNullable(in);
    String lastModified = readNullable(in);
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("negative id count " + count);
    }
    List<String> ids = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      ids.add(in.readUTF());
    }
    return new FeedSplit(feedUrl, ids, etag, lastModified);
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
