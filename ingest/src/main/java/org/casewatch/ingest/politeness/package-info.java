/**
 * Politeness: robots.txt decisions for every page fetch and a minimum gap between requests to one
 * host.
 */
package org.casewatch.ingest.politeness;
