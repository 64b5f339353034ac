package org.casewatch.index.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import org.apache.flink.api.common.operators.ProcessingTimeService;

/** A processing-time service whose clock and timers the test drives. */
final class ManualTimeService implements ProcessingTimeService {

  private record Timer(long time, ProcessingTimeCallback callback) {}

  private final List<Timer> timers = new ArrayList<>();
  private long now;

  @Override
  public long getCurrentProcessingTime() {
    return now;
  }

  @Override
  public ScheduledFuture<?> registerTimer(long time, ProcessingTimeCallback callback) {
    timers.add(new Timer(time, callback));
    return null;
  }

  /** Moves the clock and fires the timers that are due, in time order. */
  void advanceTo(long time) throws Exception {
    now = time;
    List<Timer> due = new ArrayList<>();
    for (Timer timer : timers) {
      if (timer.time() <= time) {
        due.add(timer);
      }
    }
    timers.removeAll(due);
    due.sort((a, b) -> Long.compare(a.time(), b.time()));
    for (Timer timer : due) {
      timer.callback().onProcessingTime(time);
    }
  }
}
