package org.casewatch.ingest.social.source.enumerator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.casewatch.ingest.social.source.split.SocialSplit;
import org.casewatch.ingest.social.source.split.SocialSplitSerializer;

/**
 * Serializes {@link SocialEnumeratorState}s for checkpoints. Version {@value #VERSION}: the count
 * of pending splits, then each as the {@link SocialSplitSerializer} version and length-prefixed
 * bytes.
 */
public final class SocialEnumeratorStateSerializer
    implements SimpleVersionedSerializer<SocialEnumeratorState> {

  /** The current format version. */
  public static final int VERSION = 1;

  private final SocialSplitSerializer splits = SocialSplitSerializer.INSTANCE;

  @Override
  public int getVersion() {
    return VERSION;
  }

  @Override
  public byte[] serialize(SocialEnumeratorState state) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(state.pendingSplits().size());
      for (SocialSplit split : state.pendingSplits()) {
        byte[] serialized = splits.serialize(split);
        out.writeInt(splits.getVersion());
        out.writeInt(serialized.length);
        out.write(serialized);
      }
    }
    return bytes.toByteArray();
  }

  @Override
  public SocialEnumeratorState deserialize(int version, byte[] serialized) throws IOException {
    if (version != VERSION) {
      throw new IOException("unknown SocialEnumeratorState serializer version " + version);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      int count = in.readInt();
      if (count < 0) {
        throw new IOException("negative split count " + count);
      }
      List<SocialSplit> pending = new ArrayList<>(Math.min(count, 1 << 16));
      for (int i = 0; i < count; i++) {
        int splitVersion = in.readInt();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        pending.add(splits.deserialize(splitVersion, bytes));
      }
      return new SocialEnumeratorState(pending);
    }
  }
}
