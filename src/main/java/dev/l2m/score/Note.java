package dev.l2m.score;

/**
 * One sung note.
 *
 * @param start onset in ticks from the start of the song (the start of the pickup bar, if any)
 * @param duration length in ticks (&gt; 0); a note crossing a bar line is tied by the writers
 * @param pitch MIDI note number
 * @param lyric the syllable that starts on this note, or {@code null} when the note continues
 *     the previous syllable (a melisma)
 * @param velocity MIDI velocity 1..127
 */
public record Note(long start, int duration, int pitch, Lyric lyric, int velocity) {
  public Note {
    if (start < 0) {
      throw new IllegalArgumentException("note starts before the song: " + start);
    }
    if (duration <= 0) {
      throw new IllegalArgumentException("note duration must be positive: " + duration);
    }
    if (pitch < 0 || pitch > 127) {
      throw new IllegalArgumentException("MIDI pitch out of range: " + pitch);
    }
    if (velocity < 1 || velocity > 127) {
      throw new IllegalArgumentException("velocity out of range: " + velocity);
    }
  }

  /** Tick just after the note ends. */
  public long end() {
    return start + duration;
  }

  /** True when this note continues the previous note's syllable. */
  public boolean isMelisma() {
    return lyric == null;
  }
}
