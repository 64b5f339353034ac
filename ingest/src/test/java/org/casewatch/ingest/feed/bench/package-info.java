/** Benchmarks of the feed parser against the shared feedparser and ROME test-feed suites. */
package org.casewatch.ingest.feed.bench;
