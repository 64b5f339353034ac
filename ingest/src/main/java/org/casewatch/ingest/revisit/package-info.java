/**
 * Revisits of fetched articles (by default 24 hours and 7 days after the first fetch): an edited
 * body, a page taken down (404, 410) or put back becomes a {@link org.casewatch.model.Revision} on
 * the document, because in this domain edits and take-downs are evidence.
 */
package org.casewatch.ingest.revisit;
