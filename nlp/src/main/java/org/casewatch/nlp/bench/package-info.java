/**
 * The NLP throughput benchmark of {@code casewatch bench nlp}: casewatch's gated annotator against
 * CoreNLP with every annotator on and against CoreNLP's cheapest useful pipeline, on a fixed sample
 * of the BBC News corpus, with CPU time per thread and heap after garbage collection.
 */
package org.casewatch.nlp.bench;
