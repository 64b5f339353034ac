/**
 * The one outbound HTTP gateway: every network call of casewatch goes through {@link
 * org.casewatch.ingest.fetch.HttpFetcher}, which enforces schemes, address policy, redirects,
 * deadlines and byte caps.
 */
package org.casewatch.ingest.fetch;
