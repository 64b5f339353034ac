package org.casewatch.ingest.archive.source.split;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.casewatch.ingest.archive.ArchiveFile;
import org.casewatch.ingest.archive.ArchiveFormat;

/**
 * Serializes {@link ArchiveSplit}s for checkpoints. Version {@value #VERSION}: the path, the format
 * name, the count and pairs of the field mapping, the offset and the record number.
 */
public final class ArchiveSplitSerializer implements SimpleVersionedSerializer<ArchiveSplit> {

  /** The current format version. */
  public static final int VERSION = 1;

  /** A shared instance; the serializer is stateless. */
  public static final ArchiveSplitSerializer INSTANCE = new ArchiveSplitSerializer();

  @Override
  public int getVersion() {
    return VERSION;
  }

  @Override
  public byte[] serialize(ArchiveSplit split) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(split, out);
    }
    return bytes.toByteArray();
  }

  @Override
  public ArchiveSplit deserialize(int version, byte[] serialized) throws IOException {
    if (version != VERSION) {
      throw new IOException("unknown ArchiveSplit serializer version " + version);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      return read(in);
    }
  }

  /** Writes a split to a stream (also used by the enumerator state serializer). */
  public static void write(ArchiveSplit split, DataOutputStream out) throws IOException {
    ArchiveFile file = split.file();
    out.writeUTF(file.path());
    out.writeUTF(file.format().name());
    out.writeInt(file.fields().size());
    for (Map.Entry<String, String> field : file.fields().entrySet()) {
      out.writeUTF(field.getKey());
      out.writeUTF(field.getValue());
    }
    out.writeLong(split.offset());
    out.writeLong(split.recordNumber());
  }

  /** Reads a split written by {@link #write}. */
  public static ArchiveSplit read(DataInputStream in) throws IOException {
    String path = in.readUTF();
    ArchiveFormat format;
    try {
      format = ArchiveFormat.valueOf(in.readUTF());
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown archive format in checkpoint", e);
    }
    int count = in.readInt();
    if (count < 0 || count > 64) {
      throw new IOException("bad field mapping size " + count);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      fields.put(in.readUTF(), in.readUTF());
    }
    long offset = in.readLong();
    long recordNumber = in.readLong();
    try {
      return new ArchiveSplit(new ArchiveFile(path, format, fields), offset, recordNumber);
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid archive split in checkpoint: " + e.getMessage(), e);
    }
  }
}
