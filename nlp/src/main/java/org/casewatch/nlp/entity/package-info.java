/** Canonical names of entity mentions within one document (surnames, short forms, honorifics). */
package org.casewatch.nlp.entity;
