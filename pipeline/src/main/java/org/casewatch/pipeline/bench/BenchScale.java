package org.casewatch.pipeline.bench;

import java.io.Serializable;

/**
 * How much the benchmark generates, and from which seed.
 *
 * <p>Every claim sits in its own document and reports one case event, so there are as many events
 * as claims and at most as many claims as documents. The same scale and seed always give the same
 * corpus, byte for byte.
 *
 * @param documents documents in the corpus; the figure is **1,000,000**
 * @param claims allegation claims, one per claim-bearing document; **100,000**
 * @param cases cases the claims belong to; **5,000**
 * @param seed the seed every random choice derives from
 */
public record BenchScale(long documents, int claims, int cases, long seed) implements Serializable {

  /** Documents of the benchmark: **1,000,000**. */
  public static final long DEFAULT_DOCUMENTS = 1_000_000;

  /** Claims of the benchmark: **100,000**. */
  public static final int DEFAULT_CLAIMS = 100_000;

  /** Cases of the benchmark: **5,000**. */
  public static final int DEFAULT_CASES = 5_000;

  /** The default seed. */
  public static final long DEFAULT_SEED = 20_171_015L;

  /**
   * Checks the figures.
   *
   * @throws IllegalArgumentException when a count is not positive, or there are more claims than
   *     documents or more cases than claims
   */
  public BenchScale {
    if (documents < 1 || claims < 1 || cases < 1) {
      throw new IllegalArgumentException("documents, claims and cases must be at least 1");
    }
    if (claims > documents) {
      throw new IllegalArgumentException(
          "claims (" + claims + ") exceed documents (" + documents + ")");
    }
    if (cases > claims) {
      throw new IllegalArgumentException("cases (" + cases + ") exceed claims (" + claims + ")");
    }
  }

  /** The document that carries claim {@code j}: claims are spread evenly over the documents. */
  public long documentOfClaim(int claim) {
    return Math.floorDiv((long) claim * documents, claims);
  }

  /** The claim document {@code i} carries, or -1 when it carries none. */
  public int claimOfDocument(long document) {
    // The smallest j with floor(j * D / C) >= i is ceil(i * C / D).
    long j = Math.floorDiv(document * claims + documents - 1, documents);
    return j < claims && documentOfClaim((int) j) == document ? (int) j : -1;
  }
}
