/** Test helpers for tests that read the shared third-party data sets. */
package org.casewatch.ingest.feed.bench;
