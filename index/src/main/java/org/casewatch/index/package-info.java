/**
 * Entry points of the index module that are not tied to one concept: where casewatch keeps its
 * files on this machine.
 */
package org.casewatch.index;
