/**
 * Accused keys, the key graph, clustering and case building behind case assembly; not for reuse.
 */
package org.casewatch.pipeline.cases.internal;
