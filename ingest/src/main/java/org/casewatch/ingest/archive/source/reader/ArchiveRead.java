package org.casewatch.ingest.archive.source.reader;

import org.casewatch.ingest.archive.ArchiveItem;

/**
 * One item as the fetcher thread read it, with how far into the file's bytes reading had come, so
 * that the progress the emitter reports follows what was emitted rather than what was read ahead.
 *
 * @param item the record's item
 * @param bytesRead the reader's position in the file's bytes after the record
 * @param size the file's size in bytes, or 0 when not known
 */
public record ArchiveRead(ArchiveItem item, long bytesRead, long size) {}
