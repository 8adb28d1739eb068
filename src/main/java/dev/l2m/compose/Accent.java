package dev.l2m.compose;

import dev.l2m.lyrics.Syllable;
import dev.l2m.lyrics.Word;

/** How much weight a syllable carries when spoken, which decides where in the bar it may land. */
enum Accent {
  /** The primary stress of a word of two or more syllables ("BEAU-ti-ful"). */
  STRESSED,
  /** A secondary stress ("ev-er-MORE" read as "EV-er-more"). */
  SECONDARY,
  /** An unstressed syllable of a longer word ("beau-TI-ful"). */
  UNSTRESSED,
  /** A one-syllable content word ("love", "night"). */
  CONTENT,
  /** A one-syllable function word ("the", "of", "and"). */
  FUNCTION;

  static Accent of(Word word, Syllable syllable) {
    if (word.syllables().size() == 1) {
      return word.functionWord() || syllable.stress() == 0 ? FUNCTION : CONTENT;
    }
    return switch (syllable.stress()) {
      case 1 -> STRESSED;
      case 2 -> SECONDARY;
      default -> UNSTRESSED;
    };
  }

  /** True when the syllable may be sung in a pickup before the phrase's first downbeat. */
  boolean isLight() {
    return this == UNSTRESSED || this == FUNCTION;
  }

  /** True when the syllable wants a strong beat. */
  boolean isHeavy() {
    return this == STRESSED || this == CONTENT;
  }

  /** One letter per accent, for comparing the stress patterns of lines. */
  char code() {
    return switch (this) {
      case STRESSED -> 'S';
      case SECONDARY -> 's';
      case UNSTRESSED -> 'U';
      case CONTENT -> 'C';
      case FUNCTION -> 'F';
    };
  }
}
