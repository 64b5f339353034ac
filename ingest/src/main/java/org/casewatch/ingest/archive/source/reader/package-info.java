/** The source reader of the archive source: reads assigned files and emits their items. */
package org.casewatch.ingest.archive.source.reader;
