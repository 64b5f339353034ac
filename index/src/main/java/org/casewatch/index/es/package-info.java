/**
 * The managed Elasticsearch node: a single loopback-only node unpacked from the Maven distribution,
 * secured with a file-realm user, started detached, reused while it runs and stopped on request.
 */
package org.casewatch.index.es;
