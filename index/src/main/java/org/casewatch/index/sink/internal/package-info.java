/**
 * Implementation of the Elasticsearch sink, not for reuse: bulk batching, per-item failure
 * classification, retry with backoff, dead-lettering, and the client-backed bulk executor.
 */
package org.casewatch.index.sink.internal;
