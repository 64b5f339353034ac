/**
 * Extraction of main text, title, byline, dates, language, canonical URL and site name from
 * downloaded HTML pages, and the batch runner behind {@code casewatch extract}.
 */
package org.casewatch.ingest.extract;
