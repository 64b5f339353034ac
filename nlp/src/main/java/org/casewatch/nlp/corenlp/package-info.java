/** The Stanford CoreNLP implementation of the annotator; CoreNLP types never leave this package. */
package org.casewatch.nlp.corenlp;
