/**
 * How the managed Elasticsearch node is provisioned and run: file layout, distribution lookup and
 * unpacking, configuration rendering, file-realm users, ownership, launching and probing. Not for
 * use outside this module.
 */
package org.casewatch.index.es.internal;
