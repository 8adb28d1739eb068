package dev.l2m.config;

/** Hides secrets before anything is printed or logged. */
public final class Redaction {
  private Redaction() {}

  /**
   * Shows only that a secret is set and a hint of which one: the last four characters of a long
   * key, nothing of a short one.
   */
  public static String redactSecret(String secret) {
    if (secret == null || secret.isEmpty()) {
      return "(unset)";
    }
    if (secret.length() < 16) {
      return "****";
    }
    return "****" + secret.substring(secret.length() - 4);
  }
}
