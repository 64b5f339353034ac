package org.casewatch.index.query;

import org.casewatch.model.EntityType;

/**
 * How many documents mention an entity.
 *
 * @param name the canonical name
 * @param type the entity kind
 * @param documents the number of documents that mention it at least once
 */
public record EntityCount(String name, EntityType type, long documents) {}
