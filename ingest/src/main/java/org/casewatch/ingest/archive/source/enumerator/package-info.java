/** The enumerator state of the archive source and its serializer. */
package org.casewatch.ingest.archive.source.enumerator;
