package org.casewatch.ingest.archive;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of a text archive (JSONL, CSV), gunzipped when the file starts with the gzip magic,
 * with a count of the file bytes read so far for progress.
 */
final class ArchiveInput implements AutoCloseable {

  private final long size;
  private final Counting counting;
  private final InputStream stream;

  private ArchiveInput(long size, Counting counting, InputStream stream) {
    this.size = size;
    this.counting = counting;
    this.stream = stream;
  }

  static ArchiveInput open(Path file) throws IOException {
    long size = Files.size(file);
    Counting counting = new Counting(Files.newInputStream(file));
    BufferedInputStream buffered = new BufferedInputStream(counting, 64 * 1024);
    try {
      buffered.mark(2);
      int b0 = buffered.read();
      int b1 = buffered.read();
      buffered.reset();
      InputStream stream =
          b0 == 0x1f && b1 == 0x8b
              ? new BufferedInputStream(new GZIPInputStream(buffered, 64 * 1024), 64 * 1024)
              : buffered;
      return new ArchiveInput(size, counting, stream);
    } catch (IOException e) {
      buffered.close();
      throw e;
    }
  }

  /** The (decompressed) bytes. */
  InputStream stream() {
    return stream;
  }

  /** Skips {@code n} decompressed bytes from the start. */
  void skipTo(long n) throws IOException {
    long left = n;
    while (left > 0) {
      long skipped = stream.skip(left);
      if (skipped <= 0) {
        if (stream.read() == -1) {
          throw new IOException("file ends before the resume offset " + n);
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  long bytesRead() {
    return counting.count;
  }

  long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    stream.close();
  }

  private static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += Math.max(0, s);
      return s;
    }
  }
}
