package dev.l2m.output;

import java.nio.file.Path;

/**
 * How to render audio.
 *
 * @param soundfont an .sf2/.dls bank to play with, or null for the JDK's built-in sounds
 * @param sampleRate frames per second (22050, 44100, 48000, ...)
 * @param cacheDir where the generated built-in bank is kept between runs (l2m's cache
 *     directory), or null to regenerate it each time (then renders differ slightly between
 *     runs)
 */
public record AudioSettings(Path soundfont, int sampleRate, Path cacheDir) {
  public AudioSettings {
    WavRenderer.checkSampleRate(sampleRate);
  }

  /** The built-in bank at 44.1 kHz, cached in {@code cacheDir}. */
  public static AudioSettings defaults(Path cacheDir) {
    return new AudioSettings(null, WavRenderer.DEFAULT_SAMPLE_RATE, cacheDir);
  }

  /** Loads the soundbank and returns a renderer (loading a large soundfont takes a while). */
  public WavRenderer renderer() {
    return new WavRenderer(
        soundfont == null ? Soundbanks.builtIn(cacheDir) : Soundbanks.fromFile(soundfont),
        sampleRate);
  }
}
