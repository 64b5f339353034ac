package org.casewatch.index.query;

import org.casewatch.model.EntityType;

/**
 * An entity a document mentions, by the name it resolves to.
 *
 * @param name the canonical name
 * @param type the entity kind
 */
public record EntityRef(String name, EntityType type) {}
