package org.casewatch.ingest.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casewatch.ingest.extract.ArticleExtractor;
import org.casewatch.ingest.extract.ExtractionException;
import org.casewatch.ingest.internal.BodyTooLargeException;
import org.casewatch.ingest.internal.Charsets;
import org.casewatch.ingest.internal.ContentDecoding;
import org.casewatch.model.Article;
import org.casewatch.model.DeadLetter;
import org.casewatch.model.Ids;
import org.casewatch.model.Provenance;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC or WARC.gz file with jwarc: each {@code response} record with a 2xx HTML payload
 * goes through the {@link ArticleExtractor} (URL from {@code WARC-Target-URI}; published date from
 * the page, else {@code WARC-Date}; fetch time {@code WARC-Date}); every other record is skipped.
 * Nothing is fetched.
 *
 * <p>How a bad record is survived: jwarc reports it at its start offset; the reader dead-letters it
 * and scans forward for the next record start (a gzip member header for WARC.gz, a {@code WARC/1.}
 * line for plain WARC), then carries on from there. Payloads are capped at {@value #MAX_PAYLOAD}
 * bytes after decoding.
 */
final class WarcArchiveReader implements ArchiveReader {

  /** Cap on one payload after decoding: 5 MiB, the gateway's HTML cap. */
  static final long MAX_PAYLOAD = 5L * 1024 * 1024;

  private static final Set<String> ENCODINGS = Set.of("", "identity", "gzip", "x-gzip", "deflate");
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

  private final ArchiveFile file;
  private final FileChannel channel;
  private final WarcReader reader;
  private final ArticleExtractor extractor;
  private final long size;
  private long number;
  private boolean done;

  WarcArchiveReader(ArchiveFile file, long start, long number, ArticleExtractor extractor)
      throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file.file(), StandardOpenOption.READ);
    try {
      this.size = channel.size();
      this.reader = new WarcReader(channel);
      if (start > 0) {
        reader.position(start);
      }
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    this.extractor = extractor;
    this.number = number;
  }

  @Override
  public ArchiveItem next() {
    if (done) {
      return null;
    }
    Optional<WarcRecord> record;
    try {
      record = reader.next();
    } catch (IOException | RuntimeException e) {
      long at = reader.position();
      number++;
      ArchiveItem item =
          ArchiveRecords.failed(
              file, at, number, ArchiveError.MALFORMED_RECORD, "invalid WARC record: " + brief(e));
      resync(at + 1);
      return item;
    }
    if (record.isEmpty()) {
      done = true;
      return null;
    }
    number++;
    return item(record.get(), reader.position());
  }

  private ArchiveItem item(WarcRecord record, long at) {
    if (!(record instanceof WarcResponse response)) {
      return ArchiveItem.skipped(at, number);
    }
    String url = response.target();
    Instant date = response.date();
    try {
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
      if (http.status() / 100 != 2
          || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
        return ArchiveItem.skipped(at, number);
      }
      String encoding =
          http.headers().first("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
      if (!ENCODINGS.contains(encoding)) {
        return ArchiveRecords.failed(
            file, at, number, ArchiveError.UNSUPPORTED_ENCODING, "content encoding " + encoding);
      }
      byte[] body = ContentDecoding.readCapped(http.bodyDecoded().stream(), MAX_PAYLOAD);
      Article article =
          extractor.extract(url, body, Charsets.detect(body, type.toString()), date, date);
      // Backfilled pages keep their publisher (the page's domain) but say where they came from.
      article = article.withProvenance(article.provenance().withPlatform(Provenance.ARCHIVE));
      return new ArchiveItem(at, number, article, null);
    } catch (BodyTooLargeException e) {
      return ArchiveRecords.failed(file, at, number, ArchiveError.TOO_LARGE, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return ArchiveRecords.failed(
          file, at, number, ArchiveError.MALFORMED_RECORD, "unreadable HTTP payload: " + brief(e));
    } catch (ExtractionException e) {
      String where = ArchiveRecords.location(file, at);
      return new ArchiveItem(
          at,
          number,
          null,
          new DeadLetter(
              Ids.documentId(url),
              url,
              "extract",
              e.reason().name(),
              e.getMessage() + " (" + where + ")",
              0,
              Instant.now()));
    }
  }

  /** Moves to the next record start after {@code from}, or ends the file when there is none. */
  private void resync(long from) {
    byte[] magic = reader.compression() == WarcCompression.GZIP ? GZIP_MAGIC : WARC_MAGIC;
    try {
      long next = find(magic, from);
      if (next < 0) {
        done = true;
      } else {
        reader.position(next);
      }
    } catch (IOException e) {
      done = true;
    }
  }

  private long find(byte[] magic, long from) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long pos = from;
    byte previous = from == 0 ? (byte) '\n' : readByte(from - 1);
    while (pos < size) {
      buffer.clear();
      int n = channel.read(buffer, pos);
      if (n <= 0) {
        return -1;
      }
      byte[] b = buffer.array();
      for (int i = 0; i < n; i++) {
        boolean lineStart = magic == GZIP_MAGIC || (i == 0 ? previous : b[i - 1]) == '\n';
        if (b[i] == magic[0] && lineStart && matches(pos + i, magic)) {
          return pos + i;
        }
      }
      previous = b[n - 1];
      pos += n;
    }
    return -1;
  }

  private boolean matches(long at, byte[] magic) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(magic.length);
    int n = channel.read(buffer, at);
    if (n < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (buffer.get(i) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private byte readByte(long at) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    return channel.read(one, at) == 1 ? one.get(0) : 0;
  }

  private static String brief(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > 120 ? message.substring(0, 120) + "..." : message;
  }

  @Override
  public long bytesRead() {
    return done ? size : reader.position();
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      channel.close();
    }
  }
}
