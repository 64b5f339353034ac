/**
 * The RFC 9309 robots.txt parser and path matcher behind {@link
 * org.casewatch.ingest.robots.RobotsPolicy}; not for use outside the robots package.
 */
package org.casewatch.ingest.robots.internal;
