/**
 * The HTTP JSON API of {@code casewatch serve}: search, cases, timelines, trends and exports over
 * the query service of the index module, documented by the checked-in {@code openapi.yaml}.
 */
package org.casewatch.dashboards.api;
