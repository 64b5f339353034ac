/** Hardened parsing of RSS and Atom feeds into {@link org.casewatch.model.FeedItem}s. */
package org.casewatch.ingest.feed;
