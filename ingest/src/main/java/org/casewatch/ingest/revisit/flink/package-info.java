/** The Flink operator that runs revisits: keyed state per document and processing-time timers. */
package org.casewatch.ingest.revisit.flink;
