/** Implementation of article extraction (content scoring, cleaning, metadata); not for reuse. */
package org.casewatch.ingest.extract.internal;
