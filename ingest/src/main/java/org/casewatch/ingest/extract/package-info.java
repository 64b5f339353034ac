/** Extraction of title, canonical URL, date and main text from downloaded HTML pages. */
package org.casewatch.ingest.extract;
