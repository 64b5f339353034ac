/** The FLIP-27 Flink sources that poll feeds and sitemaps and emit their new items. */
package org.casewatch.ingest.source;
