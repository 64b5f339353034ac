/** Sitemaps, sitemap indexes and Google News sitemaps, read hardened and walked with caps. */
package org.casewatch.ingest.sitemap;
