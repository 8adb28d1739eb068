package dev.l2m.compose;

/**
 * A chord inside a phrase.
 *
 * @param start ticks from the phrase's first downbeat
 * @param duration length in ticks
 * @param numeral the chord
 */
record ChordSlot(int start, int duration, RomanNumeral numeral) {}
