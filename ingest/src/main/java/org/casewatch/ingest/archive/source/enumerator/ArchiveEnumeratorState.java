package org.casewatch.ingest.archive.source.enumerator;

import java.util.List;
import org.casewatch.ingest.archive.source.split.ArchiveSplit;

/**
 * The checkpointed state of the archive source's enumerator: the files not yet assigned to a reader
 * (assigned files are checkpointed by their readers).
 *
 * @param pendingSplits the splits waiting for assignment
 */
public record ArchiveEnumeratorState(List<ArchiveSplit> pendingSplits) {

  public ArchiveEnumeratorState {
    pendingSplits = List.copyOf(pendingSplits);
  }
}
