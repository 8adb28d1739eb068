package dev.l2m.lyrics;

import dev.l2m.score.Syllabic;
import java.util.Objects;

/**
 * One sung syllable of a word.
 *
 * @param text the letters shown under the note ("beau", "ti", "ful"), never empty
 * @param stress 0 unstressed, 1 primary, 2 secondary
 * @param position where it sits in its word
 * @param notes how many notes it is sung on: 1 normally, more for a melisma the user asked for
 */
public record Syllable(String text, int stress, Syllabic position, int notes) {
  public Syllable {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(position, "position");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("syllable text must not be empty");
    }
    if (stress < 0 || stress > 2) {
      throw new IllegalArgumentException("stress must be 0, 1 or 2: " + stress);
    }
    if (notes < 1) {
      throw new IllegalArgumentException("a syllable is sung on at least one note");
    }
  }

  /** True for primary stress. */
  public boolean isStressed() {
    return stress == 1;
  }
}
