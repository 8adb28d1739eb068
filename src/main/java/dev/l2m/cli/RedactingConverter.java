package dev.l2m.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.regex.Pattern;

/**
 * The log message with anything that looks like a credential masked. Code never logs keys on
 * purpose; this catches the accident (a header dump, an error body echoing the key).
 */
public final class RedactingConverter extends MessageConverter {

  private static final Pattern BEARER =
      Pattern.compile("(?i)(authorization\\s*[:=]\\s*(?:bearer|basic)?\\s*)[^\\s,;\"']+");
  private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk|rk|pk)-[A-Za-z0-9_\\-]{8,}");
  private static final Pattern API_KEY_PARAM =
      Pattern.compile("(?i)((?:api[_-]?key|token)\\s*[:=]\\s*\"?)[^\\s,;\"']+");

  @Override
  public String convert(ILoggingEvent event) {
    return redact(super.convert(event));
  }

  /** Masks credentials in free text. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String r = BEARER.matcher(text).replaceAll("$1****");
    r = KEY_LIKE.matcher(r).replaceAll("$1-****");
    return API_KEY_PARAM.matcher(r).replaceAll("$1****");
  }
}
