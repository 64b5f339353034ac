/**
 * Implementation of the feed parser: the lenient fallback reader and text clean-up; not for reuse.
 */
package org.casewatch.ingest.feed.internal;
