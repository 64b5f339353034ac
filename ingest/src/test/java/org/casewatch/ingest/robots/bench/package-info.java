/**
 * The robots.txt conformance benchmark: scores crawler-commons alone and casewatch's parser on
 * Google's robotstxt-spec-test expectations.
 */
package org.casewatch.ingest.robots.bench;
