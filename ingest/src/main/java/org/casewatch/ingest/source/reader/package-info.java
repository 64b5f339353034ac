/** The source reader of the feed source: polls assigned feeds and emits the items not yet seen. */
package org.casewatch.ingest.source.reader;
