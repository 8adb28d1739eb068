package dev.l2m.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Soundbank;

/** Where the instrument sounds for WAV rendering come from. */
public final class Soundbanks {
  /** File name of the cached built-in bank inside the cache directory. */
  static final String BUILT_IN_FILE = "builtin-gm-soundbank.sf2";

  private Soundbanks() {}

  /**
   * Loads a SoundFont 2 ({@code .sf2}) or DLS file, for example FluidR3_GM.
   *
   * @throws RenderException when the file is missing or is not a soundbank
   */
  public static Soundbank fromFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new RenderException(
          "Soundfont " + file + " does not exist; give the path of an .sf2 file"
              + " (for example /usr/share/sounds/sf2/FluidR3_GM.sf2).");
    }
    Soundbank bank;
    try {
      bank = MidiSystem.getSoundbank(file.toFile());
    } catch (InvalidMidiDataException | IOException | RuntimeException e) {
      // the SF2/DLS parsers also fail with unchecked exceptions on malformed chunks
      throw new RenderException(notASoundbank(file), e);
    }
    if (bank == null) {
      throw new RenderException(notASoundbank(file));
    }
    return bank;
  }

  /**
   * The JDK's own General MIDI bank. The JDK generates it with some random sample phases, so
   * the first call stores it as {@code cacheDir/builtin-gm-soundbank.sf2} and later calls load
   * that file: renders on one machine stay byte-for-byte reproducible. (The JDK would cache it
   * in {@code ~/.gervill}; l2m keeps its files in its own cache directory instead.)
   *
   * @param cacheDir where to keep the generated bank, or null to generate it every time
   */
  public static Soundbank builtIn(Path cacheDir) {
    if (cacheDir != null) {
      Path cached = cacheDir.resolve(BUILT_IN_FILE);
      if (Files.isRegularFile(cached)) {
        try {
          return MidiSystem.getSoundbank(cached.toFile());
        } catch (InvalidMidiDataException | IOException | RuntimeException e) {
          // a damaged cache is regenerated below
        }
      }
    }
    Soundbank generated;
    try {
      generated = GervillAccess.generateBuiltInSoundbank();
    } catch (MidiUnavailableException e) {
      throw new RenderException(
          "The built-in synthesizer could not build its instruments; use --soundfont FILE.sf2.",
          e);
    }
    if (cacheDir == null) {
      return generated;
    }
    Path stored = store(generated, cacheDir);
    if (stored == null) {
      return generated;
    }
    try {
      // read back what was stored so that this render and later ones use identical samples
      return MidiSystem.getSoundbank(stored.toFile());
    } catch (InvalidMidiDataException | IOException e) {
      return generated;
    }
  }

  /** Saves the generated bank atomically; returns null when the cache is not writable. */
  private static Path store(Soundbank bank, Path cacheDir) {
    Path target = cacheDir.resolve(BUILT_IN_FILE);
    Path temp = null;
    try {
      Files.createDirectories(cacheDir);
      temp = Files.createTempFile(cacheDir, ".builtin-", ".sf2.tmp");
      GervillAccess.saveSoundbank(bank, temp.toFile());
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException | MidiUnavailableException | RuntimeException e) {
      // an unwritable cache only costs reproducibility between runs, never the render
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
      return null;
    }
  }

  private static String notASoundbank(Path file) {
    return "Soundfont " + file + " could not be read as a SoundFont 2 (.sf2) or DLS bank;"
        + " check the file or leave out --soundfont to use the built-in sounds.";
  }
}
