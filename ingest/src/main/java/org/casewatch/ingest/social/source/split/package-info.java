/** The social split (one per query, with its cursor and the ids already emitted) and serializer. */
package org.casewatch.ingest.social.source.split;
