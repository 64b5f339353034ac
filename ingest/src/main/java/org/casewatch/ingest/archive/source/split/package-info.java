/** The archive split (one per file, with the resume point) and its serializer. */
package org.casewatch.ingest.archive.source.split;
