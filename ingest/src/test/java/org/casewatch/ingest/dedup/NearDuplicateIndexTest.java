package org.casewatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casewatch.ingest.testutil.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Wire copies (one story re-headlined with publisher boilerplate, one trimmed with another byline)
 * share a syndication group; a different story on the same subject does not.
 */
class NearDuplicateIndexTest {

  private static String text(String name) {
    return new String(Fixtures.bytes("dedup/" + name), StandardCharsets.UTF_8);
  }

  private static final String ORIGINAL = text("wire-original.txt");
  private static final String REHEADLINED = text("wire-copy-reheadlined.txt");
  private static final String TRIMMED = text("wire-copy-trimmed.txt");
  private static final String OTHER = text("same-topic-different-story.txt");

  @Test
  void wireCopiesAreCloseAndOtherStoriesFar() {
    SimHash original = SimHash.of(ORIGINAL);

    assertThat(original.distance(SimHash.of(REHEADLINED)))
        .isLessThanOrEqualTo(SimHash.DEFAULT_THRESHOLD);
    assertThat(original.distance(SimHash.of(TRIMMED)))
        .isLessThanOrEqualTo(SimHash.DEFAULT_THRESHOLD);
    assertThat(original.distance(SimHash.of(OTHER))).isGreaterThan(2 * SimHash.DEFAULT_THRESHOLD);
    assertThat(ContentHash.of(ORIGINAL)).isNotEqualTo(ContentHash.of(REHEADLINED));
  }

  @Test
  void copiesJoinTheGroupOfTheFirstSeen() {
    NearDuplicateIndex index = new NearDuplicateIndex();

    SyndicationAssignment first = index.addText("doc-b", ORIGINAL);
    SyndicationAssignment copy = index.addText("doc-a", REHEADLINED);
    SyndicationAssignment trimmed = index.addText("doc-c", TRIMMED);
    SyndicationAssignment other = index.addText("doc-d", OTHER);

    assertThat(first.duplicate()).isFalse();
    assertThat(first.groupId()).isEqualTo("doc-b");
    assertThat(copy.groupId()).isEqualTo("doc-b");
    assertThat(copy.nearestId()).isEqualTo("doc-b");
    assertThat(copy.distance()).isBetween(0, SimHash.DEFAULT_THRESHOLD);
    assertThat(trimmed.groupId()).isEqualTo("doc-b");
    assertThat(other.duplicate()).isFalse();
    assertThat(other.groupId()).isEqualTo("doc-d");
    assertThat(index.size()).isEqualTo(4);
    assertThat(index.groupOf("doc-a")).isEqualTo("doc-b");
    assertThat(index.groupOf("unknown")).isNull();
  }

  @Test
  void replaysAreIdempotent() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    SyndicationAssignment once = index.addText("doc-1", ORIGINAL);

    assertThat(index.addText("doc-1", OTHER)).isEqualTo(once);
    assertThat(index.size()).isEqualTo(1);
  }

  @Test
  void batchGroupsAreNamedByTheSmallestIdWhateverTheOrder() {
    Map<String, SimHash> forward = new LinkedHashMap<>();
    forward.put("doc-b", SimHash.of(ORIGINAL));
    forward.put("doc-a", SimHash.of(REHEADLINED));
    forward.put("doc-c", SimHash.of(TRIMMED));
    forward.put("doc-d", SimHash.of(OTHER));

    Map<String, String> groups = SyndicationGroups.cluster(forward, SimHash.DEFAULT_THRESHOLD);

    assertThat(groups)
        .containsEntry("doc-a", "doc-a")
        .containsEntry("doc-b", "doc-a")
        .containsEntry("doc-c", "doc-a")
        .containsEntry("doc-d", "doc-d");
  }

  @Test
  void independentSourcesAreDistinctGroupsNotDocuments() {
    // five documents about the case: three copies of one wire story and the same-topic story twice
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.addText("wire-at-publisher-1", ORIGINAL);
    index.addText("wire-at-publisher-2", REHEADLINED);
    index.addText("wire-at-publisher-3", TRIMMED);
    index.addText("gazette", OTHER);
    index.addText("gazette-mirror", OTHER);

    long sources =
        java.util.stream.Stream.of(
                "wire-at-publisher-1",
                "wire-at-publisher-2",
                "wire-at-publisher-3",
                "gazette",
                "gazette-mirror")
            .map(index::groupOf)
            .distinct()
            .count();
    assertThat(sources).isEqualTo(2);
  }

  @Test
  void hexRoundTripsAndThresholdIsValidated() {
    SimHash h = SimHash.of(ORIGINAL);

    assertThat(SimHash.parse(h.hex())).isEqualTo(h);
    assertThat(h.hex()).hasSize(32);
    assertThat(SimHash.of("")).isEqualTo(new SimHash(0, 0));
    assertThatThrownBy(() -> new NearDuplicateIndex(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicateIndex(64))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
