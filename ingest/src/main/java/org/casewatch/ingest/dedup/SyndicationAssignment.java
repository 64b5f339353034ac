package org.casewatch.ingest.dedup;

import java.util.Objects;

/**
 * The syndication group given to one document by {@link NearDuplicateIndex#add}.
 *
 * @param docId the document
 * @param groupId the syndication group: the id of the first document of the group seen by the index
 *     (the document's own id when it matched nothing)
 * @param nearestId the closest earlier document within the threshold, or null
 * @param distance the Hamming distance to {@code nearestId}, or -1 when there is none
 */
public record SyndicationAssignment(String docId, String groupId, String nearestId, int distance) {

  public SyndicationAssignment {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(groupId, "groupId");
  }

  /** True when the document is a near-duplicate of an earlier one. */
  public boolean duplicate() {
    return nearestId != null;
  }
}
