/** The feed split (one per feed URL, with the ids already emitted) and its serializer. */
package org.casewatch.ingest.source.split;
