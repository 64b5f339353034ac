/** The casewatch Flink job, its configuration and the command-line interface that starts it. */
package org.casewatch.pipeline;
