package org.casewatch.pipeline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchScaleTest {

  @Test
  void claimsSpreadOverDocumentsOneEachAndBack() {
    BenchScale scale = new BenchScale(1_003, 97, 5, 1);
    int carrying = 0;
    for (long i = 0; i < scale.documents(); i++) {
      int claim = scale.claimOfDocument(i);
      if (claim >= 0) {
        carrying++;
        assertThat(scale.documentOfClaim(claim)).isEqualTo(i);
      }
    }
    assertThat(carrying).isEqualTo(97);
  }

  @Test
  void rejectsImpossibleScales() {
    assertThatThrownBy(() -> new BenchScale(10, 11, 1, 1)).hasMessageContaining("exceed documents");
    assertThatThrownBy(() -> new BenchScale(10, 5, 6, 1)).hasMessageContaining("exceed claims");
    assertThatThrownBy(() -> new BenchScale(0, 0, 0, 1)).hasMessageContaining("at least 1");
  }
}
