/**
 * Plain, immutable records shared by every casewatch module: feed items, source documents, entity
 * mentions, sentiment and dead letters. Nothing here depends on Flink, Elasticsearch or CoreNLP.
 */
package org.casewatch.model;
