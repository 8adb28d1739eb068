package dev.l2m.score;

import java.util.Locale;

/** Where a syllable sits in its word, as MusicXML's {@code <syllabic>} says it. */
public enum Syllabic {
  SINGLE,
  BEGIN,
  MIDDLE,
  END;

  /** The MusicXML value ("single", "begin", ...). */
  public String xmlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The position of syllable {@code index} in a word of {@code count} syllables. */
  public static Syllabic of(int index, int count) {
    if (count <= 1) {
      return SINGLE;
    }
    if (index == 0) {
      return BEGIN;
    }
    return index == count - 1 ? END : MIDDLE;
  }

  /** True when another syllable of the same word follows (a hyphen is shown after it). */
  public boolean continuesWord() {
    return this == BEGIN || this == MIDDLE;
  }
}
