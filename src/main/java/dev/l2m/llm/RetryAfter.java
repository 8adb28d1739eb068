package dev.l2m.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Reads how long a server asks us to wait: {@code Retry-After-Ms} (milliseconds, sent by OpenAI
 * and Azure), else {@code Retry-After} as delta-seconds or an HTTP date.
 */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait the server asked for, never negative, or empty when it asked for none or the value
   * is unreadable.
   *
   * @param now the wall-clock time an HTTP date is measured from
   */
  public static Optional<Duration> parse(Headers headers, Instant now) {
    String ms = headers.get("Retry-After-Ms");
    if (ms != null) {
      try {
        double v = Double.parseDouble(ms.trim());
        if (v >= 0 && Double.isFinite(v)) {
          return Optional.of(Duration.ofMillis((long) Math.ceil(v)));
        }
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    String value = headers.get("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
