/** The sources file: which feeds and social queries the monitoring job follows, and how often. */
package org.casewatch.pipeline.config;
