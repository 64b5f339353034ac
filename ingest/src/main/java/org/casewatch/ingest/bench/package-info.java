/**
 * The ingest benchmarks behind {@code casewatch bench robots}, {@code bench extract} and {@code
 * bench feeds}: robots.txt conformance against crawler-commons alone, article extraction against
 * boilerpipe with the benchmark's shingle metric, and the feedparser and ROME feed suites. Each
 * reads a third-party data set from the shared data folder ({@link
 * org.casewatch.ingest.bench.SharedData}) and returns its result as a record the tests assert on.
 */
package org.casewatch.ingest.bench;
