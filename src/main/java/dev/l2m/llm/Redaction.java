package dev.l2m.llm;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps API keys out of logs, messages and {@code toString()}. Everything l2m shows about a
 * request or a server reply passes through here first.
 */
public final class Redaction {

  /** What a hidden secret is replaced with. */
  public static final String MASK = "****";

  private static final Pattern BEARER =
      Pattern.compile("(?i)(authorization\"?\\s*[:=]\\s*\"?)(bearer\\s+)?[^\\s\",}]+");
  private static final Pattern KEY_LIKE =
      Pattern.compile("\\b(sk|sk-proj|sk-or|sk-or-v1|sk-ant|gsk|xai)-[A-Za-z0-9_\\-]{8,}");
  private static final Pattern USER_INFO = Pattern.compile("(?i)(https?://)[^/@\\s]*@");
  private static final Pattern QUERY = Pattern.compile("\\?[^#\\s]*");

  private Redaction() {}

  /**
   * Replaces every occurrence of the given secrets, {@code Authorization} header values and
   * strings that look like well-known API keys with {@link #MASK}.
   */
  public static String redact(String text, String... secrets) {
    if (text == null) {
      return "";
    }
    String out = text;
    for (String s : secrets) {
      if (s != null && s.length() >= 4) {
        out = out.replace(s, MASK);
      }
    }
    out = BEARER.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1) + (m.group(2) == null ? "" : m.group(2)) + MASK));
    return KEY_LIKE.matcher(out).replaceAll(MASK);
  }

  /** A URL fit for a message: user-info and query (which may hold keys) removed. */
  public static String redactUrl(String url) {
    if (url == null) {
      return "";
    }
    String out = USER_INFO.matcher(url).replaceAll("$1" + MASK + "@");
    return QUERY.matcher(out).replaceAll("?" + MASK);
  }

  /** How a key is described to the user: whether it is set, never its characters. */
  public static String describeKey(String key) {
    return key == null || key.isEmpty() ? "(not set)" : "(set, " + key.length() + " characters)";
  }

  /**
   * A warning when a key is obviously malformed: whitespace or quotes inside (a copy-paste
   * accident), a pasted {@code Bearer } prefix, non-ASCII characters, or far too short.
   */
  public static Optional<String> malformedKeyWarning(String key) {
    if (key == null || key.isEmpty()) {
      return Optional.empty();
    }
    if (key.regionMatches(true, 0, "bearer ", 0, 7)) {
      return Optional.of("L2M_API_KEY starts with 'Bearer ': set only the key itself");
    }
    if (!key.equals(key.strip())) {
      return Optional.of("L2M_API_KEY has leading or trailing whitespace: it was probably pasted"
          + " with a line break");
    }
    if (key.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
      return Optional.of("L2M_API_KEY contains spaces, control or non-ASCII characters: API keys"
          + " never do; check what was pasted");
    }
    if (key.startsWith("\"") || key.startsWith("'") || key.endsWith("\"") || key.endsWith("'")) {
      return Optional.of("L2M_API_KEY is wrapped in quotes: remove them");
    }
    if (key.length() < 8) {
      return Optional.of("L2M_API_KEY is only " + key.length() + " characters long: API keys are"
          + " much longer; check what was pasted");
    }
    return Optional.empty();
  }
}
