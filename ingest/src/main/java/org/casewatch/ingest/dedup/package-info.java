/**
 * Duplicate detection and provenance: canonical URLs, exact body hashes and SimHash syndication
 * groups, so that copies of a story are not counted as independent sources.
 */
package org.casewatch.ingest.dedup;
