/**
 * Implementation helpers of the ingest module (body decoding, charset sniffing, date parsing); not
 * for use outside {@code org.casewatch.ingest}, and free to change without notice.
 */
package org.casewatch.ingest.internal;
