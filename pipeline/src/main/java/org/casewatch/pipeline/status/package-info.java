/**
 * The status of each source the job follows (last success, items seen, errors by kind, silence),
 * kept in the {@code casewatch-sources} index for {@code casewatch sources status}.
 */
package org.casewatch.pipeline.status;
