package dev.l2m.batch;

import java.time.Duration;

/**
 * The totals of a batch run.
 *
 * @param total items in this shard
 * @param succeeded items made in this run
 * @param failed items that failed
 * @param skipped items an earlier run had made ({@code --resume})
 * @param notRun items never started because the batch stopped early ({@code --fail-fast})
 * @param elapsed wall-clock time of the run
 */
public record BatchSummary(long total, long succeeded, long failed, long skipped, long notRun, Duration elapsed) {

  /** True when every item is made, now or earlier. */
  public boolean allSucceeded() {
    return failed == 0 && notRun == 0;
  }

  /** Items made per second in this run (0 when nothing ran). */
  public double itemsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    long ran = succeeded + failed;
    return seconds <= 0 || ran == 0 ? 0 : ran / seconds;
  }
}
