package dev.l2m.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock whose sleeps return at once, advance time and are recorded. */
final class FakeClock implements RetryClock {
  static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public Instant now() {
    return START.plusNanos(nanos.get() - 1_000_000_000L);
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    nanos.addAndGet(duration.toNanos());
  }

  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
