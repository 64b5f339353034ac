/** The FLIP-27 social source: one split per configured query, cursors in checkpointed state. */
package org.casewatch.ingest.social.source;
