/** The article-extraction benchmark: the shingle metric and a runner comparing with boilerpipe. */
package org.casewatch.ingest.extract.bench;
