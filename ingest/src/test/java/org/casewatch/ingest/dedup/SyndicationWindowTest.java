package org.casewatch.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SyndicationWindowTest {

  @Test
  void copiesJoinTheFirstDocumentsGroupAndOthersStartTheirOwn() {
    SyndicationWindow window = new SyndicationWindow();
    assertThat(window.add("a", WireStories.WIRE)).isEqualTo("a");
    assertThat(window.add("b", WireStories.COPY_EDITED)).isEqualTo("a");
    assertThat(window.add("c", WireStories.COPY_CUT)).isEqualTo("a");
    assertThat(window.add("d", WireStories.OTHER)).isEqualTo("d");
    assertThat(window.size()).isEqualTo(4);
    assertThat(window.capacity()).isEqualTo(SyndicationWindow.DEFAULT_CAPACITY);
  }

  @Test
  void aReplayedIdGetsItsFirstGroupBack() {
    SyndicationWindow window = new SyndicationWindow();
    window.add("a", WireStories.WIRE);
    window.add("d", WireStories.OTHER);
    assertThat(window.add("d", WireStories.WIRE)).isEqualTo("d");
    assertThat(window.size()).isEqualTo(2);
  }

  @Test
  void shortTextsAreNeitherGroupedNorKept() {
    SyndicationWindow window = new SyndicationWindow();
    assertThat(window.add("p1", "#MeToo")).isEqualTo("p1");
    assertThat(window.add("p2", "#MeToo")).isEqualTo("p2");
    assertThat(window.add("p3", "")).isEqualTo("p3");
    assertThat(window.size()).isZero();
  }

  @Test
  void theOldestDocumentLeavesAFullWindow() {
    SyndicationWindow window = new SyndicationWindow(2, SimHash.DEFAULT_THRESHOLD);
    window.add("a", WireStories.WIRE);
    window.add("d", WireStories.OTHER);
    window.add("e", WireStories.OTHER + " Updated.");
    assertThat(window.entries())
        .extracting(SyndicationWindow.Entry::docId)
        .containsExactly("d", "e");
    assertThat(window.add("b", WireStories.COPY_EDITED))
        .as("its group left the window")
        .isEqualTo("b");
    assertThat(window.entries())
        .extracting(SyndicationWindow.Entry::docId)
        .containsExactly("e", "b");
  }

  @Test
  void restoredEntriesGroupLaterCopies() {
    SyndicationWindow first = new SyndicationWindow(3, SimHash.DEFAULT_THRESHOLD);
    first.add("d", WireStories.OTHER);
    first.add("a", WireStories.WIRE);
    List<SyndicationWindow.Entry> checkpoint = first.entries();

    SyndicationWindow restored = new SyndicationWindow(3, SimHash.DEFAULT_THRESHOLD);
    checkpoint.forEach(restored::restore);
    checkpoint.forEach(restored::restore);

    assertThat(restored.entries()).isEqualTo(checkpoint);
    assertThat(restored.add("b", WireStories.COPY_EDITED)).isEqualTo("a");
    assertThat(restored.add("a", WireStories.OTHER)).isEqualTo("a");
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new SyndicationWindow(0, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyndicationWindow(10, 128))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyndicationWindow(10, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyndicationWindow.Entry(null, 0, 0, "g"))
        .isInstanceOf(NullPointerException.class);
  }
}
