/** Test helpers: fixture loading and the in-process loopback HTTP server. */
package org.casewatch.ingest.testutil;
