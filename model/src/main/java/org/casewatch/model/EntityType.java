package org.casewatch.model;

/** The kinds of named entity casewatch records. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION
}
