package dev.l2m.cli;

import dev.l2m.analysis.EmotionMap;
import dev.l2m.config.ConfigException;
import dev.l2m.config.Config;
import dev.l2m.config.FlagValueException;
import dev.l2m.config.Resolved;
import dev.l2m.config.Setting;
import dev.l2m.config.SettingSource;
import dev.l2m.config.Settings;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the commands share when they turn settings into work: collecting given flags, loading
 * the emotion map, and blaming a bad value on where it came from (a flag is a usage error, an
 * environment variable or the config file a configuration error).
 */
final class SettingChecks {
  private SettingChecks() {}

  /** Records a flag's text for {@link Config#load} when the flag was given. */
  static void putFlag(Map<String, String> flags, Setting<?> setting, String value) {
    if (value != null) {
      flags.put(setting.name(), value);
    }
  }

  /** The exception for a setting whose value was readable but unusable. */
  static RuntimeException invalid(Resolved<?> setting, IllegalArgumentException cause) {
    String message = setting.origin() + ": " + cause.getMessage();
    if (setting.source() == SettingSource.FLAG) {
      return new FlagValueException(message, cause);
    }
    return new ConfigException(message, cause);
  }

  /** The user's emotion map when one is set, else the bundled one. */
  static EmotionMap emotionMap(Config config, Environment env, Console console) {
    Resolved<Path> file = config.resolved(Settings.EMOTION_MAP);
    if (file.value() == null) {
      return EmotionMap.bundled();
    }
    EmotionMap map = EmotionMap.load(env.resolve(file.value()));
    console.detail("emotion map: " + file.value() + " (from " + file.origin() + ")");
    return map;
  }

  /** Fails fast on an emotion the map does not know, naming where the name came from. */
  static void checkEmotion(EmotionMap map, Resolved<String> setting) {
    try {
      map.resolve(setting.value());
    } catch (IllegalArgumentException e) {
      throw invalid(setting, e);
    }
  }
}
