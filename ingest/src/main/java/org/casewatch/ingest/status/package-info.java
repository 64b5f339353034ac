/**
 * What a source reports after each poll (items found, or the kind of failure), for the per-source
 * status that shows when a feed or query breaks or goes silent.
 */
package org.casewatch.ingest.status;
