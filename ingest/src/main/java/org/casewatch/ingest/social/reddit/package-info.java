/** Reddit: the listing and comment-tree parser and the listing and search poller. */
package org.casewatch.ingest.social.reddit;
