package dev.l2m.batch;

import java.io.PrintWriter;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress on a terminal: one redrawn bar with items done, failures and the rate. */
public final class BarProgress implements BatchListener, AutoCloseable {
  private final PrintWriter err;
  private final int width;
  private ProgressBar bar;
  private long failed;

  /**
   * @param err the terminal's error stream
   * @param width the widest line to draw
   */
  public BarProgress(PrintWriter err, int width) {
    this.err = err;
    this.width = width;
  }

  @Override
  public void started(long total) {
    bar =
        new ProgressBarBuilder()
            .setTaskName("batch")
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .showSpeed()
            .setUnit(" items", 1)
            .setConsumer(new DelegatingProgressBarConsumer(this::draw, width - 1))
            .build();
    bar.setExtraMessage(" 0 failed");
  }

  private void draw(String line) {
    synchronized (err) {
      err.print('\r');
      err.print(line);
      // one column short of the width so the terminal never wraps; pad so a shorter line does
      // not leave the end of the previous one behind
      err.print(" ".repeat(Math.max(0, width - 1 - line.length())));
      err.flush();
    }
  }

  @Override
  public void finished(ItemResult r) {
    if (r.status() == ItemStatus.FAILED) {
      failed++;
      bar.setExtraMessage(" " + failed + " failed");
    }
    bar.step();
  }

  @Override
  public void ended(BatchSummary summary) {
    close();
  }

  /** Stops redrawing; safe to call more than once and when the run failed. */
  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
      synchronized (err) {
        err.println();
        err.flush();
      }
    }
  }
}
