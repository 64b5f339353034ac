/** Implementation details of the social sources (JSON, HTML to text, headers); not for reuse. */
package org.casewatch.ingest.social.internal;
