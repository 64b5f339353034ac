/** The {@code casewatch} command line (picocli): demo, search, and the managed Elasticsearch. */
package org.casewatch.pipeline.cli;
