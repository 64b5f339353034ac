/** Bluesky: the post-view parser and the post search poller. */
package org.casewatch.ingest.social.bluesky;
