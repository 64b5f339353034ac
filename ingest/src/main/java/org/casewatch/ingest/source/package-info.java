/** The FLIP-27 Flink source that polls feeds and emits their new items. */
package org.casewatch.ingest.source;
