/**
 * A Flink Sink V2 that writes records to Elasticsearch in bulk, retries only what can succeed and
 * dead-letters what cannot, so a completed checkpoint means the data is durable in the index.
 */
package org.casewatch.index.sink;
