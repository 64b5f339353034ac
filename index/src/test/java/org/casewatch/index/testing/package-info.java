/**
 * Test support shared with other modules through the test-jar: one real Elasticsearch node per test
 * JVM.
 */
package org.casewatch.index.testing;
