package dev.l2m.output;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Soundbank;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/**
 * The few entry points of the JDK's software synthesizer (Gervill) that {@code javax.sound}
 * does not expose: an offline audio stream and the generated fallback soundbank.
 *
 * <p>They live in {@code com.sun.media.sound}, which must be exported to us at run time
 * ({@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED}, or {@code Add-Exports}
 * in the jar manifest). They are reached by reflection because javac refuses {@code
 * --add-exports} for system modules together with {@code --release}.
 */
final class GervillAccess {
  private static final String PACKAGE = "com.sun.media.sound.";
  private static final String EXPORT_HINT =
      "WAV rendering needs the JDK's built-in synthesizer: run Java with --add-exports"
          + " java.desktop/com.sun.media.sound=ALL-UNNAMED (the l2m launcher and jar set this"
          + " for you).";

  /**
   * The synthesizer reads its stored settings through {@link java.util.prefs.Preferences},
   * which on first use logs "Created user preferences directory." (and, with an unwritable
   * home, a warning every 30 seconds) to the console through java.util.logging. Nothing else
   * in l2m uses Preferences, so that logger is switched off. Kept in a field because
   * java.util.logging holds loggers weakly and would forget the level.
   */
  private static final Logger PREFERENCES_LOGGER = Logger.getLogger("java.util.prefs");

  private GervillAccess() {}

  /** A new, closed software synthesizer (never the system's default MIDI device). */
  static Synthesizer newSynthesizer() {
    try {
      Class<?> type = Class.forName(PACKAGE + "SoftSynthesizer");
      return (Synthesizer) type.getConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw new RenderException(
          "This Java runtime has no built-in software synthesizer (java.desktop's Gervill);"
              + " install a full JDK or JRE 17 to render WAV files.",
          e);
    } catch (ReflectiveOperationException e) {
      throw new RenderException(EXPORT_HINT, e);
    }
  }

  /**
   * Opens {@code synthesizer} as a pull stream: audio is computed as it is read, as fast as
   * the CPU allows, with no sound device involved.
   */
  static AudioInputStream openStream(
      Synthesizer synthesizer, AudioFormat format, Map<String, Object> properties)
      throws MidiUnavailableException {
    quietPreferences();
    Object result = invoke(
        PACKAGE + "AudioSynthesizer",
        "openStream",
        new Class<?>[] {AudioFormat.class, Map.class},
        synthesizer,
        format,
        properties);
    return (AudioInputStream) result;
  }

  /**
   * Generates the JDK's emergency General MIDI soundbank (what the synthesizer uses when no
   * soundfont is installed). Each generation randomises some sample phases, so callers cache
   * the result to keep renders reproducible.
   */
  static Soundbank generateBuiltInSoundbank() throws MidiUnavailableException {
    return (Soundbank)
        invoke(PACKAGE + "EmergencySoundbank", "createSoundbank", new Class<?>[0], null);
  }

  /** Writes a soundbank made by {@link #generateBuiltInSoundbank()} as an SF2 file. */
  static void saveSoundbank(Soundbank soundbank, File file) throws MidiUnavailableException {
    invoke(PACKAGE + "SF2Soundbank", "save", new Class<?>[] {File.class}, soundbank, file);
  }

  private static void quietPreferences() {
    if (PREFERENCES_LOGGER.getLevel() != Level.OFF) {
      PREFERENCES_LOGGER.setLevel(Level.OFF);
    }
  }

  private static Object invoke(
      String className, String methodName, Class<?>[] parameterTypes, Object target,
      Object... args) throws MidiUnavailableException {
    Method method;
    try {
      method = Class.forName(className).getMethod(methodName, parameterTypes);
    } catch (ReflectiveOperationException e) {
      throw new RenderException(
          "This Java runtime's built-in synthesizer lacks " + methodName
              + "; use a standard OpenJDK 17 or later to render WAV files.",
          e);
    }
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new RenderException(EXPORT_HINT, e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof MidiUnavailableException) {
        throw (MidiUnavailableException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new RenderException(
          "The built-in synthesizer failed (" + cause + "); try again or use --soundfont.",
          cause);
    }
  }
}
