/**
 * Reads from the casewatch indices: full-text document search on fixed fields, counts, entity
 * summaries and recent dead letters, as plain Java over the Elasticsearch client.
 */
package org.casewatch.index.query;
