/** Loopback fixtures for the social pollers and source: a small Mastodon, Bluesky and Reddit. */
package org.casewatch.ingest.social.testutil;
