package org.casewatch.nlp.time;

/**
 * A date expression of a sentence, normalised.
 *
 * @param value ISO-8601 date as precise as the text ({@code 2021}, {@code 2021-06}, {@code
 *     2021-06-14})
 * @param begin character offset of the expression in the document
 * @param end character offset one past its end
 */
public record DateMention(String value, int begin, int end) {}
