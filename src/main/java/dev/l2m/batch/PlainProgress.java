package dev.l2m.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress for logs and CI: a plain line at most every {@code intervalNanos} (and one at the
 * end), plus one line per failed item. No carriage returns or colours.
 */
public final class PlainProgress implements BatchListener {
  private final PrintWriter err;
  private final LongSupplier nanoClock;
  private final long intervalNanos;
  private long total;
  private long done;
  private long failed;
  private long startNanos;
  private long lastNanos;

  public PlainProgress(PrintWriter err, LongSupplier nanoClock, long intervalNanos) {
    this.err = err;
    this.nanoClock = nanoClock;
    this.intervalNanos = intervalNanos;
  }

  @Override
  public void started(long totalItems) {
    total = totalItems;
    startNanos = nanoClock.getAsLong();
    lastNanos = startNanos;
    err.println("batch: " + totalItems + (totalItems == 1 ? " item" : " items"));
    err.flush();
  }

  @Override
  public void finished(ItemResult r) {
    done++;
    if (r.status() == ItemStatus.FAILED) {
      failed++;
      err.println("batch: failed " + r.origin() + ": " + r.error());
      err.flush();
    }
    long now = nanoClock.getAsLong();
    if (now - lastNanos >= intervalNanos && done < total) {
      lastNanos = now;
      err.println(line(now));
      err.flush();
    }
  }

  @Override
  public void ended(BatchSummary summary) {
    err.println(line(nanoClock.getAsLong()));
    err.flush();
  }

  private String line(long now) {
    double seconds = (now - startNanos) / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    return String.format(
        Locale.ROOT, "batch: %d/%d done, %d failed, %.1f items/s", done, total, failed, rate);
  }
}
