package dev.l2m.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {

  @TempDir Path dir;

  /** A wall clock the test moves by hand. */
  private static final class HandClock extends Clock {
    final AtomicLong millis = new AtomicLong(Instant.parse("2026-11-22T12:00:00Z").toEpochMilli());

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }
  }

  @Test
  void keysDependOnEveryPartAndItsBoundaries() {
    String k = ResponseCache.key(List.of("a", "bc"));
    assertThat(k).hasSize(64).matches("[0-9a-f]+");
    assertThat(ResponseCache.key(List.of("a", "bc"))).isEqualTo(k);
    assertThat(ResponseCache.key(List.of("ab", "c"))).isNotEqualTo(k);
    assertThat(ResponseCache.key(List.of("a", "bd"))).isNotEqualTo(k);
  }

  @Test
  void survivesANewInstanceThroughTheDisk() {
    HandClock clock = new HandClock();
    String key = ResponseCache.key(List.of("x"));
    new ResponseCache(dir, Duration.ofHours(1), 1 << 20, clock).put(key, "{\"a\":1}");
    ResponseCache fresh = new ResponseCache(dir, Duration.ofHours(1), 1 << 20, clock);
    assertThat(fresh.get(key)).contains("{\"a\":1}");
    CacheStats stats = fresh.stats();
    assertThat(stats.diskEntries()).isEqualTo(1);
    assertThat(stats.hits()).isEqualTo(1);
    assertThat(stats.diskBytes()).isPositive();
  }

  @Test
  void entriesExpireAfterTheirTtl() {
    HandClock clock = new HandClock();
    String key = ResponseCache.key(List.of("x"));
    new ResponseCache(dir, Duration.ofHours(1), 1 << 20, clock).put(key, "v");
    clock.millis.addAndGet(Duration.ofHours(2).toMillis());
    ResponseCache later = new ResponseCache(dir, Duration.ofHours(1), 1 << 20, clock);
    assertThat(later.get(key)).isEmpty();
    assertThat(later.stats().misses()).isEqualTo(1);
    assertThat(later.stats().diskEntries()).isZero();
  }

  @Test
  void memoryEntriesExpireToo() {
    HandClock clock = new HandClock();
    ResponseCache cache = new ResponseCache(dir, Duration.ofMinutes(1), 1 << 20, clock);
    cache.put("k", "v");
    assertThat(cache.get("k")).contains("v");
    clock.millis.addAndGet(Duration.ofMinutes(5).toMillis());
    assertThat(cache.get("k")).isEmpty();
  }

  @Test
  void diskStaysUnderItsSizeCapDroppingTheOldest() throws Exception {
    HandClock clock = new HandClock();
    ResponseCache cache = new ResponseCache(dir, Duration.ofDays(1), 2_000, clock);
    for (int i = 0; i < 10; i++) {
      clock.millis.addAndGet(1_000);
      cache.put(ResponseCache.key(List.of("k" + i)), "x".repeat(400));
    }
    assertThat(cache.stats().diskBytes()).isLessThanOrEqualTo(2_000);
    assertThat(Files.exists(dir.resolve(ResponseCache.key(List.of("k9")) + ".json"))).isTrue();
    assertThat(Files.exists(dir.resolve(ResponseCache.key(List.of("k0")) + ".json"))).isFalse();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".tmp-"));
    }
  }

  @Test
  void clearRemovesOnlyCacheEntries() throws Exception {
    HandClock clock = new HandClock();
    ResponseCache cache = new ResponseCache(dir, Duration.ofDays(1), 1 << 20, clock);
    cache.put(ResponseCache.key(List.of("a")), "1");
    cache.put(ResponseCache.key(List.of("b")), "2");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThat(cache.clear()).isEqualTo(2);
    assertThat(cache.get(ResponseCache.key(List.of("a")))).isEmpty();
    assertThat(cache.stats().diskEntries()).isZero();
    assertThat(dir.resolve("notes.txt")).exists();
  }

  @Test
  void corruptEntriesAreMisses() throws Exception {
    String key = ResponseCache.key(List.of("x"));
    Files.writeString(dir.resolve(key + ".json"), "{not json");
    ResponseCache cache = new ResponseCache(dir, Duration.ofDays(1), 1 << 20, new HandClock());
    assertThat(cache.get(key)).isEmpty();
  }

  @Test
  void anUnwritableDirectoryNeverFailsARun() throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    ResponseCache cache = new ResponseCache(file.resolve("sub"), Duration.ofDays(1), 1 << 20,
        new HandClock());
    cache.put("k", "v");
    assertThat(cache.get("k")).contains("v");
    assertThat(cache.stats().diskEntries()).isZero();
  }
}
