/** Mastodon: the status parser and the hashtag timeline poller. */
package org.casewatch.ingest.social.mastodon;
