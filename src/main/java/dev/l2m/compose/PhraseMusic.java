package dev.l2m.compose;

import java.util.List;

/**
 * The music of one phrase, in the phrase's own frame so it can be repeated elsewhere.
 *
 * @param bars phrase length in bars
 * @param onsets per syllable, grid units from the first downbeat (negative in a pickup)
 * @param pitches per note (melisma notes included)
 * @param chords the phrase's chords
 */
record PhraseMusic(int bars, int[] onsets, int[] pitches, List<ChordSlot> chords) {

  int pickupUnits() {
    return Math.max(0, -onsets[0]);
  }

  int lastOnset() {
    return onsets[onsets.length - 1];
  }
}
