package dev.l2m.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where l2m keeps its user files, following each platform's convention (XDG base directories on
 * Linux): never the current directory, never the install directory.
 *
 * @param config holds {@code config.properties}
 * @param cache holds the LLM response cache
 * @param logs holds rotating log files
 */
public record UserDirs(Path config, Path cache, Path logs) {

  /** Resolves the directories from the environment and the user's home. */
  public static UserDirs from(Map<String, String> env, Path home, String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    Path config;
    Path cache;
    Path state;
    if (os.contains("win")) {
      Path appData = pathOr(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
      Path local = pathOr(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
      config = appData.resolve("l2m");
      cache = local.resolve("l2m").resolve("cache");
      state = local.resolve("l2m");
    } else if (os.contains("mac")) {
      Path lib = home.resolve("Library");
      config = lib.resolve("Application Support").resolve("l2m");
      cache = lib.resolve("Caches").resolve("l2m");
      state = lib.resolve("Logs").resolve("l2m");
    } else {
      config = pathOr(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("l2m");
      cache = pathOr(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve("l2m");
      state = pathOr(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("l2m");
    }
    Path logs = pathOr(env, "L2M_LOG_DIR", os.contains("mac") ? state : state.resolve("logs"));
    return new UserDirs(config, cache, logs);
  }

  /** The user config file: {@code L2M_CONFIG} when set, else {@code config.properties} in {@link #config()}. */
  public Path configFile(Map<String, String> env) {
    String explicit = env.get("L2M_CONFIG");
    return explicit != null && !explicit.isBlank() ? Path.of(explicit) : config.resolve("config.properties");
  }

  private static Path pathOr(Map<String, String> env, String name, Path fallback) {
    String v = env.get(name);
    // XDG says relative values are invalid and must be ignored
    if (v == null || v.isBlank() || !Path.of(v).isAbsolute()) {
      return fallback;
    }
    return Path.of(v);
  }
}
