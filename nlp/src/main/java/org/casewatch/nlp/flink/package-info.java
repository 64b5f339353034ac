/** The Flink adapter of the annotator: a process function that annotates articles on the task. */
package org.casewatch.nlp.flink;
