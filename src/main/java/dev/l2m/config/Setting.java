package dev.l2m.config;

import java.util.Locale;
import java.util.function.Function;

/**
 * One user setting. Its name is the long option without dashes; the environment variable and
 * the config-file key follow mechanically ({@code max-retries} is {@code --max-retries}, {@code
 * L2M_MAX_RETRIES} and {@code max-retries=} in the file), so no setting has three spellings to
 * remember.
 *
 * @param <T> the parsed type
 * @param name the long option name without dashes
 * @param description one line for {@code config show} and {@code config init}
 * @param parser text to value; throws {@link IllegalArgumentException} with a user-facing reason
 * @param defaultText the default as text, or null when there is none
 * @param secret true for values that must never be shown (API keys)
 * @param envAliases other environment variables honoured after the {@code L2M_} one (for
 *     example {@code OPENAI_API_KEY})
 */
public record Setting<T>(
    String name,
    String description,
    Function<String, T> parser,
    String defaultText,
    boolean secret,
    java.util.List<String> envAliases) {

  public Setting {
    envAliases = java.util.List.copyOf(envAliases);
  }

  /**
   * Settings are told apart by name: there is one per name in {@link Settings}. (This also keeps
   * the record's generated equals and hashCode, slow to link on first use, off the start-up path.)
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Setting<?> s && s.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The environment variable: {@code L2M_} and the name upper-cased with underscores. */
  public String envVar() {
    return "L2M_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The command-line option. */
  public String option() {
    return "--" + name;
  }
}
