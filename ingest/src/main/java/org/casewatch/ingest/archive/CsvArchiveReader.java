package org.casewatch.ingest.archive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a CSV (or CSV.gz) export of posts with Apache Commons CSV: RFC 4180 with a header row,
 * UTF-8 (a byte-order mark is skipped), read leniently (trailing data after a closing quote, a
 * missing final line break) so that one odd row does not end the file. Fields are mapped by column
 * name. Offsets are character offsets of record starts in the decoded text.
 *
 * <p>A row that lacks a mapped value becomes a dead letter ({@link ArchiveError#MISSING_FIELD}); a
 * mapping that names a column the header does not have fails {@link ArchiveReader#open}; a parse
 * error the lenient reader cannot get past dead-letters the rest of the file ({@link
 * ArchiveError#UNREADABLE_REST}).
 */
final class CsvArchiveReader implements ArchiveReader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setIgnoreEmptyLines(true)
          .setTrailingData(true)
          .setLenientEof(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .get();

  private final ArchiveFile file;
  private final Clock clock;
  private final ArchiveInput input;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private long lastOffset;
  private long number;
  private boolean done;

  CsvArchiveReader(ArchiveFile file, long start, long number, Clock clock) throws IOException {
    this.file = file;
    this.clock = clock;
    List<String> header = header(file);
    for (String column : file.fields().values()) {
      if (!header.contains(column)) {
        throw new IOException(
            "the CSV header of " + file.path() + " has no column '" + column + "'");
      }
    }
    this.input = ArchiveInput.open(file.file());
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(input.stream(), StandardCharsets.UTF_8));
      long offset = skipBom(reader);
      CSVFormat format;
      if (start > 0) {
        skip(reader, start - offset);
        offset = start;
        format = FORMAT.builder().setHeader(header.toArray(String[]::new)).get();
      } else {
        format = FORMAT.builder().setHeader().setSkipHeaderRecord(true).get();
      }
      this.parser =
          CSVParser.builder().setReader(reader).setFormat(format).setCharacterOffset(offset).get();
      this.records = parser.iterator();
    } catch (IOException | RuntimeException e) {
      input.close();
      throw e;
    }
    this.lastOffset = start;
    this.number = number;
  }

  private static List<String> header(ArchiveFile file) throws IOException {
    try (ArchiveInput in = ArchiveInput.open(file.file());
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in.stream(), StandardCharsets.UTF_8))) {
      skipBom(reader);
      CSVParser parser =
          CSVParser.builder()
              .setReader(reader)
              .setFormat(FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())
              .get();
      return List.copyOf(parser.getHeaderNames());
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new IOException("unreadable CSV header in " + file.path() + ": " + e.getMessage(), e);
    }
  }

  private static long skipBom(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() == '\uFEFF') {
      return 1;
    }
    reader.reset();
    return 0;
  }

  private static void skip(BufferedReader reader, long chars) throws IOException {
    long left = chars;
    while (left > 0) {
      long skipped = reader.skip(left);
      if (skipped <= 0) {
        throw new IOException("file ends before the resume offset");
      }
      left -= skipped;
    }
  }

  @Override
  public ArchiveItem next() {
    if (done) {
      return null;
    }
    CSVRecord record;
    try {
      if (!records.hasNext()) {
        done = true;
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      done = true;
      number++;
      return ArchiveRecords.failed(
          file,
          lastOffset,
          number,
          ArchiveError.UNREADABLE_REST,
          "CSV parse error after this offset: " + e.getMessage());
    }
    number++;
    lastOffset = record.getCharacterPosition();
    CSVRecord row = record;
    return ArchiveRecords.post(
        file, lastOffset, number, name -> row.isSet(name) ? row.get(name) : null, clock.instant());
  }

  @Override
  public long bytesRead() {
    return done ? input.size() : input.bytesRead();
  }

  @Override
  public long size() {
    return input.size();
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      input.close();
    }
  }
}
