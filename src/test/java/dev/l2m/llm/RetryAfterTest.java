package dev.l2m.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

  private static java.util.Optional<Duration> parse(String... namesAndValues) {
    return RetryAfter.parse(Headers.of(namesAndValues), NOW);
  }

  @Test
  void readsSeconds() {
    assertThat(parse("Retry-After", "7")).contains(Duration.ofSeconds(7));
  }

  @Test
  void readsAnHttpDate() {
    assertThat(parse("Retry-After", "Sun, 22 Nov 2026 12:00:05 GMT")).contains(Duration.ofSeconds(5));
  }

  @Test
  void aDateInThePastMeansNow() {
    assertThat(parse("Retry-After", "Sun, 22 Nov 2026 11:00:00 GMT")).contains(Duration.ZERO);
  }

  @Test
  void millisecondsWin() {
    assertThat(parse("Retry-After-Ms", "250", "Retry-After", "3")).contains(Duration.ofMillis(250));
  }

  @Test
  void garbageIsIgnored() {
    assertThat(parse("Retry-After", "soon")).isEmpty();
    assertThat(parse("Retry-After", "-3")).isEmpty();
    assertThat(parse("Retry-After-Ms", "x", "Retry-After", "2")).contains(Duration.ofSeconds(2));
    assertThat(parse()).isEmpty();
  }
}
