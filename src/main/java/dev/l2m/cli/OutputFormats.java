package dev.l2m.cli;

import dev.l2m.analysis.Analysis;
import dev.l2m.output.AbcWriter;
import dev.l2m.output.AudioSettings;
import dev.l2m.output.JsonWriter;
import dev.l2m.output.SongWriters;
import dev.l2m.output.WavRenderer;
import dev.l2m.output.WavWriter;
import java.nio.file.Path;

/**
 * Every format {@code --format} can name: MIDI and MusicXML, plus ABC, JSON (with the analysis
 * and seed) and WAV audio (with the soundfont and sample rate the user chose).
 */
final class OutputFormats {
  private OutputFormats() {}

  /**
   * @param chords whether MIDI and WAV carry the accompaniment
   * @param audio soundbank and sample rate for WAV
   * @param analysis recorded in JSON, or null
   * @param seed recorded in JSON, or null
   */
  static SongWriters all(boolean chords, AudioSettings audio, Analysis analysis, Long seed) {
    return SongWriters.standard(chords)
        .with(new AbcWriter())
        .with(new JsonWriter(analysis, seed))
        .with(new WavWriter(audio, chords));
  }

  /** The names for help and completion (nothing is loaded). */
  static Iterable<String> names() {
    return all(true, AudioSettings.defaults(Path.of(".")), null, null).formats();
  }

  /** Where the generated built-in soundbank is kept, next to the other caches of l2m. */
  static Path soundbankCache(dev.l2m.config.UserDirs dirs) {
    return dirs.cache().resolve("audio");
  }

  /**
   * Audio settings from the flags; the built-in bank is cached in {@code cacheDir}.
   *
   * @throws dev.l2m.config.FlagValueException for a sample rate out of range
   */
  static AudioSettings audio(Path soundfont, Integer sampleRate, Path cacheDir) {
    int rate = sampleRate == null ? WavRenderer.DEFAULT_SAMPLE_RATE : sampleRate;
    try {
      return new AudioSettings(soundfont, rate, cacheDir);
    } catch (IllegalArgumentException e) {
      throw new dev.l2m.config.FlagValueException("--sample-rate: " + e.getMessage(), e);
    }
  }
}
