/**
 * How casewatch reaches an Elasticsearch cluster: a validated, serializable connection description
 * and the one factory that turns it into a client.
 */
package org.casewatch.index.client;
