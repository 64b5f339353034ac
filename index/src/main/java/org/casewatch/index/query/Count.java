package org.casewatch.index.query;

/**
 * A value and how many records have it.
 *
 * @param key the value (a country, a platform, an entity name, a status)
 * @param count how many records
 */
public record Count(String key, long count) {}
