package org.casewatch.ingest.revisit.flink;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.casewatch.ingest.revisit.RevisitState;
import org.casewatch.model.Article;
import org.casewatch.model.Provenance;
import org.casewatch.model.Revision;

/**
 * The checkpoint format of a {@link RevisitState}: an explicit, versioned binary layout, so that
 * the state of articles waiting days for their revisit survives upgrades of the classes (Java or
 * Kryo serialization of records would not). Strings are UTF-8 with an int length, so bodies longer
 * than 64 KiB are fine. Thread-safe.
 */
public final class RevisitStateSerializer implements SimpleVersionedSerializer<RevisitState> {

  /** The shared instance. */
  public static final RevisitStateSerializer INSTANCE = new RevisitStateSerializer();

  /** The current format version: 2 added the article's encoding-suspect flag; 1 is still read. */
  public static final int VERSION = 2;

  @Override
  public int getVersion() {
    return VERSION;
  }

  @Override
  public byte[] serialize(RevisitState state) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + state.article().body().length());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      Article a = state.article();
      writeString(out, a.url());
      writeString(out, a.canonicalUrl());
      writeString(out, a.source());
      writeString(out, a.title());
      writeString(out, a.body());
      writeInstant(out, a.publishedAt());
      writeInstant(out, a.fetchedAt());
      Provenance p = a.provenance();
      writeString(out, p.publisher());
      writeString(out, p.platform());
      writeString(out, p.author());
      writeString(out, p.bodyHash());
      writeString(out, p.syndicationGroup());
      out.writeInt(a.revisions().size());
      for (Revision r : a.revisions()) {
        writeInstant(out, r.at());
        writeString(out, r.kind());
        out.writeInt(r.httpStatus());
        out.writeInt(r.sizeChange());
        writeString(out, r.bodyHash());
      }
      out.writeBoolean(a.deleted());
      out.writeBoolean(a.encodingSuspect());
      writeString(out, state.bodyHash());
      out.writeLong(state.firstSeenMillis());
      out.writeInt(state.next());
      out.writeInt(state.attempt());
      out.writeLong(state.timerAt());
    }
    return bytes.toByteArray();
  }

  @Override
  public RevisitState deserialize(int version, byte[] serialized) throws IOException {
    if (version != 1 && version != VERSION) {
      throw new IOException("unknown revisit state version " + version);
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
      String url = readString(in);
      String canonical = readString(in);
      String source = readString(in);
      String title = readString(in);
      String body = readString(in);
      Instant published = readInstant(in);
      Instant fetched = readInstant(in);
      Provenance provenance =
          new Provenance(
              readString(in), readString(in), readString(in), readString(in), readString(in));
      int count = in.readInt();
      if (count < 0 || count > 10_000) {
        throw new IOException("corrupt revisit state: " + count + " revisions");
      }
      List<Revision> revisions = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        revisions.add(
            new Revision(
                readInstant(in), readString(in), in.readInt(), in.readInt(), readString(in)));
      }
      boolean deleted = in.readBoolean();
      boolean encodingSuspect = version >= 2 && in.readBoolean();
      Article article =
          new Article(
              url,
              canonical,
              source,
              title,
              body,
              published,
              fetched,
              provenance,
              revisions,
              deleted,
              encodingSuspect);
      return new RevisitState(
          article, readString(in), in.readLong(), in.readInt(), in.readInt(), in.readLong());
    }
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > in.available()) {
      throw new IOException("corrupt revisit state: string of " + length + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeInstant(DataOutputStream out, Instant value) throws IOException {
    out.writeBoolean(value != null);
    if (value != null) {
      out.writeLong(value.getEpochSecond());
      out.writeInt(value.getNano());
    }
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
  }
}
