package org.casewatch.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One allegation claim as its own indexed record, linked to its source document: what the claims
 * sink writes to {@code casewatch-claims}.
 *
 * <p>Built from an {@link AnnotatedDocument} by {@link #of(AnnotatedDocument)}, one per claim,
 * under the deterministic {@link Ids#claimId(String, Claim)}; the case step sets {@code caseId}
 * with {@link #withCaseId(String)} before the sink.
 *
 * @param id the claim id ({@link Ids#claimId(String, Claim)})
 * @param document the source document
 * @param claim the claim
 * @param sentimentAccused the document's sentiment toward the accused in [-1, 1], or null
 * @param sentimentAccuser the document's sentiment toward the accuser in [-1, 1], or null
 * @param accuserPublicFigure true only when the accuser is known to be a public figure; aggregate
 *     views list only such accusers (false, the default, keeps the accuser out of them)
 * @param caseId the case the claim was assigned to, or null before the case step
 */
public record ClaimRecord(
    String id,
    DocumentRef document,
    Claim claim,
    Double sentimentAccused,
    Double sentimentAccuser,
    boolean accuserPublicFigure,
    String caseId)
    implements Serializable {

  public ClaimRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(claim, "claim");
    caseId = caseId == null || caseId.isBlank() ? null : caseId;
  }

  /**
   * The claims of a document, in the document's order; claims with the same id (same evidence, act
   * and accused) are kept once.
   */
  public static List<ClaimRecord> of(AnnotatedDocument document) {
    DocumentRef ref = DocumentRef.of(document);
    Map<String, ClaimRecord> records = new LinkedHashMap<>();
    for (Claim claim : document.analysis().claims()) {
      String id = Ids.claimId(ref.id(), claim);
      Double accused = sentiment(document.analysis(), claim.accused(), "accused");
      Double accuser = sentiment(document.analysis(), claim.accuser(), "accuser");
      records.putIfAbsent(id, new ClaimRecord(id, ref, claim, accused, accuser, false, null));
    }
    return new ArrayList<>(records.values());
  }

  /** The canonical key of the accused ({@link Ids#partyKey(String)} of its key). */
  public String accusedCanonical() {
    return Ids.partyKey(claim.accused().key());
  }

  /** The canonical key of the accuser, or null when the claim has none. */
  public String accuserCanonical() {
    return claim.accuser() == null ? null : Ids.partyKey(claim.accuser().key());
  }

  /** This claim assigned to a case. */
  public ClaimRecord withCaseId(String newCaseId) {
    return new ClaimRecord(
        id, document, claim, sentimentAccused, sentimentAccuser, accuserPublicFigure, newCaseId);
  }

  /** This claim with the accuser marked as a public figure or not. */
  public ClaimRecord withAccuserPublicFigure(boolean publicFigure) {
    return new ClaimRecord(
        id, document, claim, sentimentAccused, sentimentAccuser, publicFigure, caseId);
  }

  private static Double sentiment(DocumentAnalysis analysis, ClaimParty party, String role) {
    if (party == null) {
      return null;
    }
    for (PartySentiment sentiment : analysis.partySentiments()) {
      if (sentiment.role().equals(role) && sentiment.party().equals(party.key())) {
        return sentiment.score();
      }
    }
    return null;
  }
}
