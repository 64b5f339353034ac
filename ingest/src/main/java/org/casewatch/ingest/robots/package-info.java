/**
 * robots.txt per RFC 9309: the status policy that turns a robots.txt fetch into {@link
 * org.casewatch.ingest.robots.RobotsRules}, the rules themselves and the per-origin {@link
 * org.casewatch.ingest.robots.RobotsCache}.
 */
package org.casewatch.ingest.robots;
