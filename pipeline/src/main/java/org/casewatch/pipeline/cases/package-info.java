/**
 * Case assembly: grouping allegation claims and case events into cases by the accused, with a
 * status derived from the events; plain Java, used by the job's case operator and by {@code
 * casewatch cases rebuild}.
 */
package org.casewatch.pipeline.cases;
