/**
 * Natural-language annotation of article bodies behind casewatch's own interface: {@link
 * org.casewatch.nlp.NlpAnnotator}, its configuration and its factory.
 */
package org.casewatch.nlp;
