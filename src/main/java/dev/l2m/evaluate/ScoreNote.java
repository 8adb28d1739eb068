package dev.l2m.evaluate;

/**
 * A note or rest of the melody voice, with chords, grace notes and other voices removed.
 *
 * @param measure index of its bar
 * @param onset start in quarter notes from the start of the song
 * @param duration length in quarter notes
 * @param pitch MIDI number, or -1 for a rest
 * @param tiedFromPrevious true when a tie arrives at this note (it continues the previous one)
 * @param lyric its verse-1 lyric, or null
 */
public record ScoreNote(
    int measure, double onset, double duration, int pitch, boolean tiedFromPrevious, ScoreLyric lyric) {

  /** True for a rest. */
  public boolean isRest() {
    return pitch < 0;
  }
}
