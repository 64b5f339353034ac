package org.casewatch.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casewatch.model.Annotations;
import org.casewatch.nlp.NlpAnnotator;
import org.casewatch.nlp.NlpConfig;
import org.casewatch.nlp.NlpResult;
import org.junit.jupiter.api.Test;

class SharedAnnotatorCacheTest {

  /** A fake annotator that records whether it was closed; loading models is what we avoid. */
  private static final class CountingAnnotator implements NlpAnnotator {
    boolean closed;

    @Override
    public NlpResult annotateDetailed(String title, String body) {
      return new NlpResult(Annotations.none("en"), List.of());
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private final List<CountingAnnotator> built = new ArrayList<>();
  private final SharedAnnotatorCache cache =
      new SharedAnnotatorCache(
          config -> {
            CountingAnnotator a = new CountingAnnotator();
            built.add(a);
            return a;
          });

  @Test
  void equalConfigsShareOneAnnotatorUntilTheLastLeaseCloses() {
    NlpAnnotator first = cache.acquire(NlpConfig.defaults());
    NlpAnnotator second = cache.acquire(NlpConfig.builder().build());
    assertThat(built).hasSize(1);
    first.close();
    first.close();
    assertThat(built.get(0).closed).isFalse();
    assertThat(second.annotate("", "x").language()).isEqualTo("en");
    second.close();
    assertThat(built.get(0).closed).isTrue();
    assertThat(cache.size()).isZero();
  }

  @Test
  void differentConfigsGetDifferentAnnotators() {
    NlpAnnotator a = cache.acquire(NlpConfig.defaults());
    NlpAnnotator b = cache.acquire(NlpConfig.builder().sentiment(false).build());
    assertThat(built).hasSize(2);
    assertThat(cache.size()).isEqualTo(2);
    a.close();
    b.close();
    assertThat(built).allMatch(x -> x.closed);
  }

  @Test
  void aReleasedConfigIsRebuiltOnNextAcquire() {
    cache.acquire(NlpConfig.defaults()).close();
    cache.acquire(NlpConfig.defaults()).close();
    assertThat(built).hasSize(2);
  }
}
