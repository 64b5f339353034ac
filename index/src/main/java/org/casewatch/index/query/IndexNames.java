package org.casewatch.index.query;

import java.util.Objects;
import org.casewatch.index.mapping.CasewatchIndex;

/**
 * The indices (or aliases) the query service reads: by default the {@link CasewatchIndex} aliases;
 * a benchmark or test can point the service at its own copies.
 *
 * @param documents the documents index
 * @param claims the claims index
 * @param events the events index
 * @param cases the cases index
 */
public record IndexNames(String documents, String claims, String events, String cases) {

  /** The aliases of the live indices: {@code casewatch-documents}, {@code -claims}, ... */
  public static final IndexNames DEFAULT =
      new IndexNames(
          CasewatchIndex.DOCUMENTS.alias(),
          CasewatchIndex.CLAIMS.alias(),
          CasewatchIndex.EVENTS.alias(),
          CasewatchIndex.CASES.alias());

  /** Checks that every name is a plain {@code casewatch-*} name (no wildcards, no lists). */
  public IndexNames {
    for (String name : new String[] {documents, claims, events, cases}) {
      Objects.requireNonNull(name, "index name");
      if (!name.matches("casewatch-[a-z0-9_.-]+")) {
        throw new IllegalArgumentException("not a casewatch index name: " + name);
      }
    }
  }

  /** The names {@code <prefix>documents}, {@code <prefix>claims}, and so on. */
  public static IndexNames withPrefix(String prefix) {
    return new IndexNames(
        prefix + "documents", prefix + "claims", prefix + "events", prefix + "cases");
  }

  /** The index a search of {@code kind} reads. */
  public String of(SearchKind kind) {
    return kind == SearchKind.DOCUMENTS ? documents : claims;
  }
}
