package dev.l2m.config;

/**
 * A setting's effective value and where it came from.
 *
 * @param <T> value type
 * @param setting the setting
 * @param value the parsed value, or null when unset and without default
 * @param text the raw text, or null
 * @param source where it came from
 * @param origin human-readable origin ("--tempo", "L2M_TEMPO", "/home/u/.config/l2m/config.properties")
 */
public record Resolved<T>(
    Setting<T> setting, T value, String text, SettingSource source, String origin) {

  /** The value as it may be shown: secrets are redacted. */
  public String displayText() {
    if (text == null) {
      return "(unset)";
    }
    return setting.secret() ? Redaction.redactSecret(text) : text;
  }
}
