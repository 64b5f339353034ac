/**
 * Social platform sources: queries, cursors and pollers for Mastodon hashtag timelines, Bluesky
 * post search and Reddit listings, turning API answers into {@link
 * org.casewatch.model.SocialPost}s.
 */
package org.casewatch.ingest.social;
