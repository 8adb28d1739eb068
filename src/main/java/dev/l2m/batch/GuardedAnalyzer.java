package dev.l2m.batch;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.analysis.Analyzer;
import dev.l2m.lyrics.Lyrics;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Shares one remote analyser (a language model) among all batch workers without hammering it: a
 * request-rate limit that slows down further when the service answers "too many requests", and
 * a circuit breaker that, after several failures in a row, sends every item straight to the
 * offline analyser (or fails it, without fallback) for a cool-down period instead of letting
 * each item wait out its own retries. Thread-safe.
 */
public final class GuardedAnalyzer implements Analyzer {

  /**
   * @param requestsPerMinute the most calls started per minute; 0 for no limit
   * @param failuresToOpen failures in a row that open the breaker, at least 1
   * @param openFor how long the breaker stays open before one call tries the service again
   */
  public record Limits(int requestsPerMinute, int failuresToOpen, Duration openFor) {
    public Limits {
      if (requestsPerMinute < 0 || failuresToOpen < 1 || openFor.isNegative()) {
        throw new IllegalArgumentException("bad limits: " + requestsPerMinute + "/min, " + failuresToOpen + " failures, " + openFor);
      }
    }
  }

  /** Waits; the seam that keeps tests free of real sleeping. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  /** An item failed because the analyser is unavailable and no fallback is allowed. */
  public static final class UnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final long MAX_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(60);

  private final Analyzer primary;
  private final Analyzer fallback;
  private final Limits limits;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;
  private final Predicate<Throwable> rateLimited;
  private final long baseIntervalNanos;

  private long intervalNanos;
  private long nextSlotNanos;
  private int failuresInARow;
  private long openUntilNanos;
  private boolean open;

  /**
   * @param primary the shared remote analyser
   * @param fallback the offline analyser, or null to fail items instead ({@code --no-fallback})
   * @param limits rate and breaker settings
   * @param nanoClock monotonic time ({@code System::nanoTime})
   * @param sleeper how to wait ({@code TimeUnit.NANOSECONDS::sleep})
   * @param rateLimited recognises a "too many requests" (HTTP 429) failure of {@code primary}
   */
  public GuardedAnalyzer(
      Analyzer primary,
      Analyzer fallback,
      Limits limits,
      LongSupplier nanoClock,
      Sleeper sleeper,
      Predicate<Throwable> rateLimited) {
    this.primary = Objects.requireNonNull(primary, "primary");
    this.fallback = fallback;
    this.limits = Objects.requireNonNull(limits, "limits");
    this.nanoClock = nanoClock;
    this.sleeper = sleeper;
    this.rateLimited = rateLimited;
    this.baseIntervalNanos =
        limits.requestsPerMinute() == 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / limits.requestsPerMinute();
    this.intervalNanos = baseIntervalNanos;
    this.nextSlotNanos = nanoClock.getAsLong();
  }

  @Override
  public Analysis analyze(Lyrics lyrics) {
    if (isOpen()) {
      return fallBack(lyrics, "the language model is paused after repeated failures", null);
    }
    waitForSlot();
    try {
      Analysis a = primary.analyze(lyrics);
      succeeded();
      return a;
    } catch (RuntimeException e) {
      failed(e);
      return fallBack(lyrics, "the language model failed: " + e.getMessage(), e);
    }
  }

  /** True while the breaker sends items straight to the fallback. */
  public synchronized boolean isOpen() {
    if (open && nanoClock.getAsLong() >= openUntilNanos) {
      // half-open: let the next call try the service again
      open = false;
      failuresInARow = limits.failuresToOpen() - 1;
    }
    return open;
  }

  /** The current spacing between calls, in nanoseconds (grows after 429s, 0 = unlimited). */
  public synchronized long intervalNanos() {
    return intervalNanos;
  }

  private Analysis fallBack(Lyrics lyrics, String reason, RuntimeException cause) {
    if (fallback == null) {
      throw new UnavailableException(reason + " (and --no-fallback forbids the offline analysis)", cause);
    }
    Analysis a = fallback.analyze(lyrics);
    return new Analysis(
        a.emotion(), a.valence(), a.arousal(), a.confidence(), AnalysisSource.OFFLINE_FALLBACK, a.emphasis(),
        a.suggestedKey(), a.suggestedTempo(), a.suggestedTime(), reason);
  }

  private void waitForSlot() {
    long wait;
    synchronized (this) {
      if (intervalNanos == 0) {
        return;
      }
      long now = nanoClock.getAsLong();
      long slot = Math.max(now, nextSlotNanos);
      nextSlotNanos = slot + intervalNanos;
      wait = slot - now;
    }
    if (wait > 0) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ItemException("interrupted while waiting for the language model's rate limit", e);
      }
    }
  }

  private synchronized void succeeded() {
    failuresInARow = 0;
    // recover gently from a slowdown: a tenth of the way back per success
    intervalNanos = Math.max(baseIntervalNanos, intervalNanos - (intervalNanos - baseIntervalNanos) / 10);
  }

  private synchronized void failed(RuntimeException e) {
    if (rateLimited.test(e)) {
      long doubled = intervalNanos == 0 ? TimeUnit.SECONDS.toNanos(1) : intervalNanos * 2;
      intervalNanos = Math.min(MAX_INTERVAL_NANOS, doubled);
    }
    failuresInARow++;
    if (failuresInARow >= limits.failuresToOpen()) {
      open = true;
      openUntilNanos = nanoClock.getAsLong() + limits.openFor().toNanos();
    }
  }
}
