package dev.l2m.config;

import java.util.Locale;

/** Where an effective setting came from, strongest first. */
public enum SettingSource {
  FLAG,
  ENV,
  FILE,
  DEFAULT;

  /** Lower-case label for {@code config show}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
