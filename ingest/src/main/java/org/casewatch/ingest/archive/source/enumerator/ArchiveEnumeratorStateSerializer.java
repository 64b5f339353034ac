package org.casewatch.ingest.archive.source.enumerator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.casewatch.ingest.archive.source.split.ArchiveSplit;
import org.casewatch.ingest.archive.source.split.ArchiveSplitSerializer;

/**
 * Serializes {@link ArchiveEnumeratorState}s for checkpoints. Version {@value #VERSION}: the count
 * of pending splits, then each as {@link ArchiveSplitSerializer#write} writes it.
 */
public final class ArchiveEnumeratorStateSerializer
    implements SimpleVersionedSerializer<ArchiveEnumeratorState> {

  /** The current format version. */
  public static final int VERSION = 1;

  @Override
  public int getVersion() {
    return VERSION;
  }

  @Override
  public byte[] serialize(ArchiveEnumeratorState state) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(state.pendingSplits().size());
      for (ArchiveSplit split : state.pendingSplits()) {
        ArchiveSplitSerializer.write(split, out);
      }
    }
    return bytes.toByteArray();
  }

  @Override
  public ArchiveEnumeratorState deserialize(int version, byte[] serialized) throws IOException {
    if (version != VERSION) {
      throw new IOException("unknown ArchiveEnumeratorState serializer version " + version);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      int count = in.readInt();
      if (count < 0) {
        throw new IOException("negative split count " + count);
      }
      List<ArchiveSplit> pending = new ArrayList<>(Math.min(count, 1 << 16));
      for (int i = 0; i < count; i++) {
        pending.add(ArchiveSplitSerializer.read(in));
      }
      return new ArchiveEnumeratorState(pending);
    }
  }
}
