/** The split enumerator of the social source: hands one split per query to the readers. */
package org.casewatch.ingest.social.source.enumerator;
