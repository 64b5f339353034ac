/**
 * Flink operators that adapt the plain-Java ingest logic, such as fetching articles for feed items.
 */
package org.casewatch.ingest.flink;
