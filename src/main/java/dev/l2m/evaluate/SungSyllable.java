package dev.l2m.evaluate;

import dev.l2m.score.Syllabic;
import java.util.Objects;

/**
 * A syllable as sung in a score: where it starts, how long it lasts and on which notes.
 *
 * @param text the lyric text as written
 * @param syllabic its place in the word
 * @param pitch MIDI pitch of its first note
 * @param onset start in quarter notes from the start of the song
 * @param strong true when it starts on a strong position (see {@link SungSyllables#isStrong})
 * @param duration its notes' total length in quarters (ties and melismas summed, rests not)
 * @param notes how many notes it is articulated on (tied continuations not counted)
 * @param lowest lowest pitch among its notes
 * @param highest highest pitch among its notes
 * @param lastPitch pitch of its last note
 * @param restAfter length of the rest that follows it, in quarters (0 when a syllable follows
 *     directly)
 * @param measure index of the bar it starts in
 */
public record SungSyllable(
    String text,
    Syllabic syllabic,
    int pitch,
    double onset,
    boolean strong,
    double duration,
    int notes,
    int lowest,
    int highest,
    int lastPitch,
    double restAfter,
    int measure) {
  public SungSyllable {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(syllabic, "syllabic");
  }

  /** True when it is sung on more than one articulated note. */
  public boolean isMelisma() {
    return notes > 1;
  }
}
