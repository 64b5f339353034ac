package org.casewatch.index.query;

/**
 * A party to an event or a case, as reported.
 *
 * @param name the name as reported (crawled text: escape it for HTML)
 * @param role the role ({@code accused}, {@code accuser}, {@code authority}, ...)
 */
public record Party(String name, String role) {}
