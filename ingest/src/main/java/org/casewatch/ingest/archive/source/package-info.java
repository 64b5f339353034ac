/** The FLIP-27 Flink source that reads archive files, resumable at the last record emitted. */
package org.casewatch.ingest.archive.source;
