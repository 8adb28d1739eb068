package dev.l2m.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One song to make, as read from an input. The lyrics are either inline (JSON Lines, CSV) or in a
 * file read only when the item is processed, so a batch never holds more than the items in flight.
 *
 * @param index position over all inputs, 0-based; sharding and duplicate names follow it
 * @param origin where the item came from, for people ("songs.csv:12", "lyrics/rain.txt")
 * @param id the item's id, or null
 * @param title the item's title, or null
 * @param lyrics inline lyrics, or null when they are in {@code lyricsFile}
 * @param lyricsFile the lyrics file, or null when the lyrics are inline
 * @param options per-item settings by name (key, tempo, time, emotion, seed, voice, chords)
 * @param problem why the input record itself is unusable, or null; such an item fails
 */
public record BatchItem(
    long index,
    String origin,
    String id,
    String title,
    String lyrics,
    Path lyricsFile,
    Map<String, String> options,
    String problem) {

  public BatchItem {
    Objects.requireNonNull(origin, "origin");
    options = Map.copyOf(options);
  }

  /** An item whose input record could not be read. */
  static BatchItem broken(long index, String origin, String problem) {
    return new BatchItem(index, origin, null, null, null, null, Map.of(), problem);
  }
}
