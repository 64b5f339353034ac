/**
 * The casewatch Flink job: its immutable configuration and the wiring of sources, steps and sinks.
 */
package org.casewatch.pipeline.job;
