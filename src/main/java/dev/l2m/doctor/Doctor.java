package dev.l2m.doctor;

import dev.l2m.analysis.EmotionMap;
import dev.l2m.config.Config;
import dev.l2m.config.ConfigException;
import dev.l2m.config.Redaction;
import dev.l2m.config.Resolved;
import dev.l2m.config.Setting;
import dev.l2m.config.Settings;
import dev.l2m.config.UserDirs;
import dev.l2m.lyrics.EditDistance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks a user's set-up the way {@code l2m generate} will use it, without changing anything:
 * no directory is created and no file is left behind. Each check says what it found and, for a
 * problem, what to do.
 */
public final class Doctor {

  /** Java feature release l2m is built for. */
  static final int MIN_JAVA = 17;

  /** Environment variables l2m reads besides the per-setting ones. */
  static final List<String> OTHER_VARIABLES =
      List.of("L2M_CONFIG", "L2M_LOG_DIR", "L2M_CACHE_DIR", "L2M_NO_CACHE", "L2M_CONNECT_TIMEOUT", "L2M_TOTAL_TIMEOUT");

  private final Map<String, String> env;
  private final Path workingDir;
  private final UserDirs dirs;
  private final Runtime.Version javaVersion;
  private final String javaDescription;

  /**
   * @param env the process environment
   * @param home the user's home directory
   * @param workingDir where relative paths resolve
   * @param osName {@code os.name}
   * @param javaVersion the running Java (a parameter so tests can pretend to be older)
   * @param javaDescription vendor and location, for the report
   */
  public Doctor(
      Map<String, String> env,
      Path home,
      Path workingDir,
      String osName,
      Runtime.Version javaVersion,
      String javaDescription) {
    this.env = Map.copyOf(env);
    this.workingDir = workingDir;
    this.dirs = UserDirs.from(env, home, osName);
    this.javaVersion = Objects.requireNonNull(javaVersion, "javaVersion");
    this.javaDescription = javaDescription;
  }

  /** Runs every check, in the order they are best read; nothing touches the network. */
  public List<Check> run() {
    return run(false);
  }

  /**
   * Runs every check; with {@code online}, also calls the model endpoint once (when the
   * configuration is otherwise sound).
   */
  public List<Check> run(boolean online) {
    List<Check> checks = new ArrayList<>();
    checks.add(java());
    Path file = dirs.configFile(env);
    Check fileCheck = configFile(file);
    checks.add(fileCheck);
    List<Check> vars = variables();
    checks.addAll(vars);
    Config config = null;
    if (!fileCheck.failed() && vars.stream().noneMatch(Check::failed)) {
      try {
        config = Config.load(Map.of(), env, file);
      } catch (ConfigException e) {
        checks.add(Check.fail("config", e.getMessage(), "fix the value named above"));
      }
    }
    if (config != null) {
      checks.add(outputDir(config.resolved(Settings.OUTPUT_DIR)));
    }
    checks.add(writableDir("log-dir", dirs.logs(), "L2M_LOG_DIR", "logs are skipped, l2m still works"));
    checks.add(writableDir("cache-dir", dirs.cache(), "XDG_CACHE_HOME", "answers are not cached"));
    if (config != null) {
      checks.add(emotionMap(config.resolved(Settings.EMOTION_MAP)));
      checks.add(baseUrl(config.resolved(Settings.BASE_URL)));
      checks.add(apiKey(config));
      if (online && !failed(checks)) {
        checks.add(OnlineCheck.run(config));
      }
    }
    return List.copyOf(checks);
  }

  /** True when any check failed. */
  public static boolean failed(List<Check> checks) {
    return checks.stream().anyMatch(Check::failed);
  }

  private Check java() {
    String detail = "Java " + javaVersion + " (" + javaDescription + ")";
    if (javaVersion.feature() < MIN_JAVA) {
      return Check.fail("java", detail, "install Java " + MIN_JAVA + " or newer, or use the packaged l2m which brings its own");
    }
    return Check.ok("java", detail);
  }

  private static Check configFile(Path file) {
    if (!Files.exists(file)) {
      return Check.ok("config-file", file + " (not created; defaults apply; 'l2m config init' writes one)");
    }
    try {
      Config.load(Map.of(), Map.of(), file);
      return Check.ok("config-file", file + " (parsed)");
    } catch (ConfigException e) {
      return Check.fail("config-file", e.getMessage(), "edit " + file + " (or move it away and run 'l2m config init')");
    }
  }

  /** One check per L2M_* (and alias) variable that is set, plus any unknown L2M_* name. */
  private List<Check> variables() {
    Map<String, Setting<?>> known = new LinkedHashMap<>();
    for (Setting<?> s : Settings.ALL) {
      known.put(s.envVar(), s);
      s.envAliases().forEach(a -> known.put(a, s));
    }
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
      String name = e.getKey();
      Setting<?> s = known.get(name);
      if (s != null) {
        checks.add(variable(name, e.getValue(), s));
      } else if (OTHER_VARIABLES.contains(name)) {
        checks.add(pathVariable(name, e.getValue()));
      } else if (name.startsWith("L2M_")) {
        checks.add(Check.fail(name, "unknown variable; l2m ignores it", "did you mean " + nearest(name, known) + "? Rename or unset " + name));
      }
    }
    return checks;
  }

  private static Check variable(String name, String value, Setting<?> s) {
    String shown = s.secret() ? Redaction.redactSecret(value) : "'" + value + "'";
    if (value.isEmpty()) {
      return Check.note(name, "set but empty, so it is ignored", "unset " + name + " or give it a value");
    }
    try {
      Object unused = s.parser().apply(value);
      return Check.ok(name, shown);
    } catch (IllegalArgumentException e) {
      String reason = s.secret() || e.getMessage() == null ? "the value is not valid" : e.getMessage();
      return Check.fail(name, shown + ": " + reason, "expected " + s.description() + "; fix or unset " + name);
    }
  }

  private static Check pathVariable(String name, String value) {
    if (value.isBlank()) {
      return Check.note(name, "set but empty, so it is ignored", "unset " + name + " or give it a path");
    }
    if (name.equals("L2M_LOG_DIR") && !Path.of(value).isAbsolute()) {
      return Check.fail(name, "'" + value + "' is not an absolute path, so it is ignored", "set " + name + " to an absolute directory");
    }
    if (name.endsWith("_TIMEOUT")) {
      try {
        int secs = Integer.parseInt(value.trim());
        if (secs < 1 || secs > 1800) {
          return Check.fail(name, "'" + value + "' is out of range (1-1800 seconds)", "fix or unset " + name);
        }
      } catch (NumberFormatException e) {
        return Check.fail(name, "'" + value + "' is not a whole number of seconds", "fix or unset " + name);
      }
    }
    return Check.ok(name, "'" + value + "'");
  }

  private static String nearest(String name, Map<String, Setting<?>> known) {
    List<String> candidates = new ArrayList<>(known.keySet());
    candidates.addAll(OTHER_VARIABLES);
    candidates.removeIf(c -> !c.startsWith("L2M_"));
    return candidates.stream().min(Comparator.comparingInt(c -> EditDistance.between(name, c))).orElse("L2M_CONFIG");
  }

  private Check outputDir(Resolved<Path> setting) {
    Path dir = workingDir.resolve(setting.value()).normalize();
    String from = setting.source().label() + (setting.source().label().equals(setting.origin()) ? "" : " " + setting.origin());
    return writableDir("output-dir", dir, "--output-dir or L2M_OUTPUT_DIR", "files cannot be written there")
        .withDetailSuffix(" (" + from + ")");
  }

  /**
   * A directory is fine when it is writable, or when it does not exist yet and its nearest
   * existing parent is a writable directory (l2m creates it on first use).
   */
  static Check writableDir(String name, Path dir, String setting, String consequence) {
    Path existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return Check.fail(name, dir + " cannot be created", "point " + setting + " at a directory you can write");
    }
    if (!Files.isDirectory(existing)) {
      return Check.fail(name, dir + ": " + existing + " is a file, not a directory; " + consequence,
          "remove " + existing + " or point " + setting + " elsewhere");
    }
    if (!canWrite(existing)) {
      return Check.fail(name, dir + (existing.equals(dir.toAbsolutePath()) ? "" : " (via " + existing + ")")
          + " is not writable; " + consequence, "fix its permissions or point " + setting + " elsewhere");
    }
    String state = existing.equals(dir.toAbsolutePath()) ? "writable" : "will be created";
    return Check.ok(name, dir + " (" + state + ")");
  }

  /** Really tries: permission bits lie to root and on some network file systems. */
  private static boolean canWrite(Path dir) {
    try {
      Path probe = Files.createTempFile(dir, ".l2m-doctor-", ".tmp");
      Files.delete(probe);
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private Check emotionMap(Resolved<Path> setting) {
    try {
      EmotionMap map;
      String where;
      if (setting.value() == null) {
        map = EmotionMap.bundled();
        where = "bundled";
      } else {
        Path file = workingDir.resolve(setting.value()).normalize();
        map = EmotionMap.load(file);
        where = file + " (from " + setting.origin() + ")";
      }
      return Check.ok("emotion-map", where + ", " + map.names().size() + " emotions");
    } catch (RuntimeException e) {
      return Check.fail("emotion-map", String.valueOf(e.getMessage()),
          "fix the file, or unset " + Settings.EMOTION_MAP.envVar() + " to use the bundled map");
    }
  }

  private static Check baseUrl(Resolved<String> setting) {
    return BaseUrls.problem(setting.value(), setting.origin())
        .map(p -> Check.fail("base-url", p,
            "use an https:// URL, or http://localhost for a local model server"))
        .orElseGet(() -> Check.ok("base-url", setting.value() + " (" + setting.source().label() + ")"));
  }

  private static Check apiKey(Config config) {
    Resolved<String> key = config.resolved(Settings.API_KEY);
    boolean offline = Boolean.TRUE.equals(config.get(Settings.OFFLINE)) || config.get(Settings.MODEL) == null;
    if (key.value() == null) {
      if (offline) {
        return Check.ok("api-key", "none; offline mode (the built-in lyrics analysis is used)");
      }
      String url = config.get(Settings.BASE_URL);
      if (BaseUrls.problem(url, "base-url").isEmpty() && isLocal(url)) {
        return Check.ok("api-key", "none; the local model server at " + url + " may not need one");
      }
      return Check.fail("api-key", "a model is configured (" + config.get(Settings.MODEL) + ") but no API key is set",
          "export L2M_API_KEY=... (or set offline=true)");
    }
    String k = key.value();
    String shown = key.displayText() + " from " + key.origin();
    if (!k.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      return Check.fail("api-key", shown + " contains spaces, quotes or non-ASCII characters",
          "copy the key again without surrounding spaces or quotes");
    }
    if (k.length() < 20) {
      return Check.fail("api-key", shown + " is too short to be an API key (" + k.length() + " characters)",
          "copy the whole key from your provider");
    }
    if (offline) {
      return Check.note("api-key", shown + " (unused: offline mode)", "set model= (and offline=false) to use the language model");
    }
    return Check.ok("api-key", shown);
  }

  private static boolean isLocal(String url) {
    try {
      String host = java.net.URI.create(url.trim()).getHost();
      return host != null && BaseUrls.isLoopback(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
