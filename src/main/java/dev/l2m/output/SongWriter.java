package dev.l2m.output;

import dev.l2m.score.Song;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Serializes a {@link Song} into one file format. Implementations decide nothing musical and
 * write the same bytes for the same song.
 */
public interface SongWriter {

  /** The name used by {@code --format} ("midi", "musicxml"). */
  String format();

  /** Other names accepted by {@code --format} ("mid", "xml"); empty by default. */
  default List<String> aliases() {
    return List.of();
  }

  /** The file name extension without the dot ("mid", "musicxml"). */
  String extension();

  /**
   * Writes {@code song} to {@code out}. The stream is flushed but not closed.
   *
   * @throws IOException when the stream fails
   */
  void write(Song song, OutputStream out) throws IOException;
}
