package dev.l2m.output;

import dev.l2m.score.Song;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Writes a song as audio ({@code --format wav}): the MIDI writer's sequence (melody on {@link
 * MidiWriter#MELODY_PROGRAM}, accompaniment on {@link MidiWriter#CHORD_PROGRAM}) played by the
 * JDK's software synthesizer. The soundbank is loaded on the first write only, so listing this
 * writer costs nothing.
 */
public final class WavWriter implements SongWriter {
  private final AudioSettings settings;
  private final boolean accompaniment;
  private WavRenderer renderer;

  /**
   * @param settings soundbank and sample rate
   * @param accompaniment whether to play the chords too (when the song has any)
   */
  public WavWriter(AudioSettings settings, boolean accompaniment) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.accompaniment = accompaniment;
  }

  @Override
  public String format() {
    return "wav";
  }

  @Override
  public List<String> aliases() {
    return List.of("audio", "wave");
  }

  @Override
  public String extension() {
    return "wav";
  }

  @Override
  public void write(Song song, OutputStream out) throws IOException {
    renderer().render(MidiWriter.toSequence(song, accompaniment), out);
    out.flush();
  }

  private synchronized WavRenderer renderer() {
    if (renderer == null) {
      renderer = settings.renderer();
    }
    return renderer;
  }
}
