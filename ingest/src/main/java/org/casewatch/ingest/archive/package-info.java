/**
 * Archives for backfill: WARC and WARC.gz files (such as Common Crawl's CC-NEWS) and JSONL or CSV
 * exports of posts, read record by record from local files, resumable at a record offset.
 */
package org.casewatch.ingest.archive;
