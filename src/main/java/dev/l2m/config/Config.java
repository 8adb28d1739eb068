package dev.l2m.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The effective settings: flag &gt; environment ({@code L2M_*}, then aliases such as {@code
 * OPENAI_API_KEY}) &gt; user config file &gt; bundled default. Every value is parsed when the
 * configuration is loaded, so a bad value fails at start-up naming where it came from.
 */
public final class Config {

  private final Map<Setting<?>, Resolved<?>> values;
  private final Path file;
  private final boolean fileExists;

  private Config(Map<Setting<?>, Resolved<?>> values, Path file, boolean fileExists) {
    this.values = values;
    this.file = file;
    this.fileExists = fileExists;
  }

  /**
   * Resolves every setting.
   *
   * @param flags option values given on the command line, by setting name (absent = not given)
   * @param env the process environment
   * @param file the user config file (may not exist)
   * @throws FlagValueException when a flag's value is unusable (a usage error)
   * @throws ConfigException when an environment variable or the file is unusable
   */
  public static Config load(Map<String, String> flags, Map<String, String> env, Path file) {
    Properties props = new Properties();
    boolean exists = readFile(file, props);
    for (String key : props.stringPropertyNames()) {
      if (Settings.ALL.stream().noneMatch(s -> s.name().equals(key))) {
        throw new ConfigException(
            "unknown setting '" + key + "' in " + file + ": remove it (known settings: "
                + String.join(", ", Settings.ALL.stream().map(Setting::name).toList()) + ")");
      }
    }
    Map<Setting<?>, Resolved<?>> values = new LinkedHashMap<>();
    for (Setting<?> s : Settings.ALL) {
      values.put(s, resolve(s, flags, env, props, file));
    }
    return new Config(values, file, exists);
  }

  private static boolean readFile(Path file, Properties props) {
    if (file == null) {
      return false;
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(r);
      return true;
    } catch (NoSuchFileException e) {
      return false;
    } catch (CharacterCodingException e) {
      throw new ConfigException("config file " + file + " is not UTF-8 text: save it as UTF-8", e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("config file " + file + " is malformed: " + e.getMessage(), e);
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw new ConfigException("config file " + file + " is a directory: point L2M_CONFIG at a file", e);
      }
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }

  private static <T> Resolved<T> resolve(
      Setting<T> s, Map<String, String> flags, Map<String, String> env, Properties props, Path file) {
    String flag = flags.get(s.name());
    if (flag != null) {
      return new Resolved<>(s, parse(s, flag, s.option(), true), flag, SettingSource.FLAG, s.option());
    }
    List<String> vars = new ArrayList<>();
    vars.add(s.envVar());
    vars.addAll(s.envAliases());
    for (String var : vars) {
      String v = env.get(var);
      if (v != null && !v.isEmpty()) {
        return new Resolved<>(s, parse(s, v, var, false), v, SettingSource.ENV, var);
      }
    }
    String fromFile = props.getProperty(s.name());
    if (fromFile != null) {
      String origin = s.name() + " in " + file;
      return new Resolved<>(s, parse(s, fromFile, origin, false), fromFile, SettingSource.FILE, origin);
    }
    if (s.defaultText() != null) {
      return new Resolved<>(s, s.parser().apply(s.defaultText()), s.defaultText(), SettingSource.DEFAULT, "default");
    }
    return new Resolved<>(s, null, null, SettingSource.DEFAULT, "default");
  }

  private static <T> T parse(Setting<T> s, String text, String origin, boolean isFlag) {
    try {
      return s.parser().apply(text);
    } catch (IllegalArgumentException e) {
      String shown = s.secret() ? Redaction.redactSecret(text) : text;
      String reason = e.getMessage() == null ? "'" + shown + "' is not valid" : e.getMessage();
      if (s.secret()) {
        reason = "the value is not valid";
      }
      if (isFlag) {
        throw new FlagValueException(origin + ": " + reason, e);
      }
      throw new ConfigException(
          origin + ": " + reason + " (fix or unset it; expected: " + s.description() + ")", e);
    }
  }

  /** The value of a setting, or null when unset without default. */
  @SuppressWarnings("unchecked")
  public <T> T get(Setting<T> setting) {
    return ((Resolved<T>) values.get(setting)).value();
  }

  /** The value and its source. */
  @SuppressWarnings("unchecked")
  public <T> Resolved<T> resolved(Setting<T> setting) {
    return (Resolved<T>) values.get(setting);
  }

  /** Every setting, in display order. */
  public List<Resolved<?>> all() {
    return List.copyOf(values.values());
  }

  /** The config file consulted. */
  public Path file() {
    return file;
  }

  /** True when the config file exists and was read. */
  public boolean fileExists() {
    return fileExists;
  }
}
