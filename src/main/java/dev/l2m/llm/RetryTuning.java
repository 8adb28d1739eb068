package dev.l2m.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client backs off and when it stops calling a failing endpoint.
 *
 * @param initialBackoff the first wait when the server gives no {@code Retry-After}
 * @param maxBackoff the longest backoff wait
 * @param jitter 0..1, the random share added to or taken from each backoff wait
 * @param retryAfterCap the longest wait a server's {@code Retry-After} can impose
 * @param breakerFailures consecutive failed attempts that open the circuit breaker
 * @param breakerDelay how long an open circuit refuses calls before trying again
 */
public record RetryTuning(
    Duration initialBackoff,
    Duration maxBackoff,
    double jitter,
    Duration retryAfterCap,
    int breakerFailures,
    Duration breakerDelay) {

  /** 0.5 s doubling to 8 s, ±25 % jitter, Retry-After capped at 30 s, breaker at 5 failures. */
  public static final RetryTuning DEFAULT =
      new RetryTuning(Duration.ofMillis(500), Duration.ofSeconds(8), 0.25, Duration.ofSeconds(30),
          5, Duration.ofSeconds(30));

  public RetryTuning {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(retryAfterCap, "retryAfterCap");
    Objects.requireNonNull(breakerDelay, "breakerDelay");
    if (initialBackoff.isNegative() || initialBackoff.isZero()
        || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoff must be positive with max >= initial");
    }
    if (jitter < 0 || jitter >= 1) {
      throw new IllegalArgumentException("jitter must be in [0, 1)");
    }
    if (breakerFailures < 1) {
      throw new IllegalArgumentException("breakerFailures must be at least 1");
    }
  }
}
