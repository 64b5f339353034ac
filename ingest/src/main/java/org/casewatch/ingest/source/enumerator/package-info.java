/** The split enumerator of the feed source: hands one split per feed URL to the readers. */
package org.casewatch.ingest.source.enumerator;
