package dev.l2m.batch;

import java.util.List;

/**
 * Follows a batch run: progress displays and the report. The runner calls one method at a time
 * (never concurrently), in the order started, finished..., ended.
 */
public interface BatchListener {

  /** The run begins with {@code total} items in this shard. */
  default void started(long total) {}

  /** One item ended (including items skipped because an earlier run made them). */
  default void finished(ItemResult result) {}

  /** The run ended. */
  default void ended(BatchSummary summary) {}

  /** Calls every listener in turn. */
  static BatchListener all(List<BatchListener> listeners) {
    List<BatchListener> copy = List.copyOf(listeners);
    return new BatchListener() {
      @Override
      public void started(long total) {
        copy.forEach(l -> l.started(total));
      }

      @Override
      public void finished(ItemResult result) {
        copy.forEach(l -> l.finished(result));
      }

      @Override
      public void ended(BatchSummary summary) {
        copy.forEach(l -> l.ended(summary));
      }
    };
  }
}
