package dev.l2m.llm;

import java.time.Duration;
import java.time.Instant;

/** Time as the retry loop sees it; tests substitute one that records waits and never sleeps. */
public interface RetryClock {

  /** Monotonic time in nanoseconds, for deadlines. */
  long nanoTime();

  /** Wall-clock time, for {@code Retry-After} HTTP dates. */
  Instant now();

  /** Waits before the next attempt. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real clock. */
  static RetryClock system() {
    return new RetryClock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
      }
    };
  }
}
