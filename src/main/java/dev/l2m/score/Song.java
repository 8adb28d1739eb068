package dev.l2m.score;

import java.util.List;
import java.util.Objects;

/**
 * The one score model every writer reads: a single melody line with its lyrics and chord
 * symbols. Immutable; the composer builds it once.
 *
 * @param title shown in the score header and the MIDI track name
 * @param key key and mode (the key signature)
 * @param time the meter
 * @param tempo quarter notes per minute
 * @param pickup length of the opening pickup bar in ticks (0 = the song starts on a downbeat)
 * @param length total length in ticks, a pickup plus whole bars
 * @param voice the range the melody was written for (decides the clef)
 * @param notes sung notes in time order, never overlapping
 * @param chords chord symbols in time order
 * @param phrases one per lyric line, in order
 */
public record Song(
    String title,
    Key key,
    TimeSignature time,
    int tempo,
    int pickup,
    long length,
    Voice voice,
    List<Note> notes,
    List<ChordSymbol> chords,
    List<Phrase> phrases) {

  public Song {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(voice, "voice");
    notes = List.copyOf(notes);
    chords = List.copyOf(chords);
    phrases = List.copyOf(phrases);
    if (tempo < 20 || tempo > 400) {
      throw new IllegalArgumentException("tempo out of range: " + tempo);
    }
    if (pickup < 0 || pickup >= time.measureTicks()) {
      throw new IllegalArgumentException("pickup must be shorter than a bar: " + pickup);
    }
    if ((length - pickup) % time.measureTicks() != 0 || length <= pickup) {
      throw new IllegalArgumentException("song length must be a pickup plus whole bars");
    }
    long previousEnd = 0;
    for (Note n : notes) {
      if (n.start() < previousEnd) {
        throw new IllegalArgumentException("notes overlap or are out of order at tick " + n.start());
      }
      previousEnd = n.end();
    }
    if (previousEnd > length) {
      throw new IllegalArgumentException("notes run past the end of the song");
    }
  }

  /** Number of bars, counting the pickup bar if there is one. */
  public int measureCount() {
    int full = (int) ((length - pickup) / time.measureTicks());
    return pickup > 0 ? full + 1 : full;
  }

  /** Tick at which bar {@code index} (0-based, the pickup bar being 0 when present) starts. */
  public long measureStart(int index) {
    if (pickup > 0) {
      return index == 0 ? 0 : pickup + (long) (index - 1) * time.measureTicks();
    }
    return (long) index * time.measureTicks();
  }

  /** Ticks into its bar of an onset at {@code tick} (the pickup bar is aligned to end on a downbeat). */
  public int offsetInBar(long tick) {
    long fromFirstDownbeat = tick - pickup;
    return (int) Math.floorMod(fromFirstDownbeat, (long) time.measureTicks());
  }

  /** The sung syllables, in order (melisma continuations excluded). */
  public List<Lyric> lyrics() {
    return notes.stream().map(Note::lyric).filter(Objects::nonNull).toList();
  }
}
