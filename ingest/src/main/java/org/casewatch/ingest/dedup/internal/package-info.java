/** Implementation of the dedup rules (URL parts, tracking parameters, shingles); not for reuse. */
package org.casewatch.ingest.dedup.internal;
