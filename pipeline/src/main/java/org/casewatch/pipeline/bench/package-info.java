/**
 * The query and ingest benchmark of {@code casewatch bench queries}: a seeded generator of
 * realistic documents, claims, events and cases, the sink-against-{@code _bulk} ingest comparison,
 * and latency measurement of the query kinds journalists and researchers run.
 */
package org.casewatch.pipeline.bench;
