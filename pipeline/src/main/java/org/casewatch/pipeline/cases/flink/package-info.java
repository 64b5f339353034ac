/** The Flink operator that runs case assembly in the job. */
package org.casewatch.pipeline.cases.flink;
