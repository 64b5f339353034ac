/** The source reader of the social source: polls assigned queries and emits posts not yet seen. */
package org.casewatch.ingest.social.source.reader;
