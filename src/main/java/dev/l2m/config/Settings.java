package dev.l2m.config;

import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Every user setting l2m knows, with its parser and default. */
public final class Settings {
  private Settings() {}

  public static final Setting<Key> KEY =
      plain("key", "key of the melody, e.g. D, F#m, Bb major (default: chosen from the emotion)", Key::parse, null);
  public static final Setting<Integer> TEMPO =
      plain("tempo", "tempo in quarter notes per minute, 30-240 (default: from the emotion)", t -> intIn(t, 30, 240), null);
  public static final Setting<TimeSignature> TIME =
      plain("time", "time signature: 4/4, 3/4, 2/4, 6/8 (default: from the emotion)", TimeSignature::parse, null);
  public static final Setting<String> EMOTION =
      plain("emotion", "emotion name or synonym from the emotion map (default: from the lyrics)", Settings::word, null);
  public static final Setting<Voice> VOICE =
      plain("voice", "soprano, alto, tenor, bass, or a range such as C4-A5", Voice::parse, "soprano");
  public static final Setting<Boolean> CHORDS =
      plain("chords", "write chord symbols and an accompaniment track (true/false)", Settings::bool, "true");
  public static final Setting<List<String>> FORMAT =
      plain("format", "output formats, comma-separated: midi, musicxml, ...", Settings::list, "midi,musicxml");
  public static final Setting<Path> OUTPUT_DIR =
      plain("output-dir", "directory the files are written to", Settings::path, ".");
  public static final Setting<Path> EMOTION_MAP =
      plain("emotion-map", "your own emotion map JSON (default: the bundled config/emotions.json)", Settings::path, null);
  public static final Setting<Boolean> OFFLINE =
      plain("offline", "never call a language model (true/false)", Settings::bool, "false");
  public static final Setting<String> MODEL =
      plain("model", "language model name at the API (no model = offline analysis)", Settings::word, null);
  public static final Setting<String> BASE_URL =
      new Setting<>("base-url", "OpenAI-compatible API base URL", Settings::word, "https://api.openai.com/v1", false, List.of("OPENAI_BASE_URL"));
  public static final Setting<String> API_KEY =
      new Setting<>("api-key", "API key for the language model (environment or file only)", Settings::word, null, true, List.of("OPENAI_API_KEY"));
  public static final Setting<Integer> TIMEOUT =
      plain("timeout", "seconds a whole language-model call may take, 1-600", t -> intIn(t, 1, 600), "60");
  public static final Setting<Integer> MAX_RETRIES =
      plain("max-retries", "retries after a failed language-model call, 0-10", t -> intIn(t, 0, 10), "3");
  public static final Setting<Double> TEMPERATURE =
      plain("temperature", "sampling temperature for the language model, 0-2", t -> doubleIn(t, 0, 2), "0.2");
  public static final Setting<Boolean> CACHE =
      plain("cache", "cache language-model answers on disk (true/false)", Settings::bool, "true");
  public static final Setting<Boolean> NO_FALLBACK =
      plain("no-fallback", "fail instead of composing offline when the language model cannot be used (true/false)", Settings::bool, "false");

  /** All settings, in the order {@code config show} prints them. */
  public static final List<Setting<?>> ALL =
      List.of(
          KEY, TEMPO, TIME, EMOTION, VOICE, CHORDS, FORMAT, OUTPUT_DIR, EMOTION_MAP, OFFLINE,
          MODEL, BASE_URL, API_KEY, TIMEOUT, MAX_RETRIES, TEMPERATURE, CACHE, NO_FALLBACK);

  private static <T> Setting<T> plain(
      String name, String description, Function<String, T> parser, String defaultText) {
    return new Setting<>(name, description, parser, defaultText, false, List.of());
  }

  static int intIn(String text, int min, int max) {
    int v;
    try {
      v = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a whole number", e);
    }
    if (v < min || v > max) {
      throw new IllegalArgumentException(v + " is out of range (" + min + "-" + max + ")");
    }
    return v;
  }

  static double doubleIn(String text, double min, double max) {
    double v;
    try {
      v = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a number", e);
    }
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(text.trim() + " is out of range (" + min + "-" + max + ")");
    }
    return v;
  }

  static boolean bool(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
      case "on":
      case "1":
        return true;
      case "false":
      case "no":
      case "off":
      case "0":
        return false;
      default:
        throw new IllegalArgumentException("'" + text + "' is not true or false");
    }
  }

  static String word(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("the value is empty");
    }
    return t;
  }

  static Path path(String text) {
    String t = word(text);
    try {
      return Path.of(t);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException("'" + t + "' is not a valid path", e);
    }
  }

  static List<String> list(String text) {
    List<String> items =
        java.util.Arrays.stream(text.split(","))
            .map(s -> s.trim().toLowerCase(Locale.ROOT))
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList();
    if (items.isEmpty()) {
      throw new IllegalArgumentException("the list is empty");
    }
    return items;
  }
}
