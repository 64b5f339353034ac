/**
 * The ingest road from feeds to articles: entry points for loading a feed item into an article; the
 * gateway, feed parsing, extraction and the Flink adapters live in sub-packages.
 */
package org.casewatch.ingest;
