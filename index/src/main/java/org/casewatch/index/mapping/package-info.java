/**
 * The Elasticsearch indices casewatch writes: versioned mappings kept as JSON resources, the
 * aliases in front of them, their idempotent setup, and the JSON shape of each stored record.
 */
package org.casewatch.index.mapping;
