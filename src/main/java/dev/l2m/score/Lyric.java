package dev.l2m.score;

import java.util.Objects;

/**
 * The syllable sung on a note.
 *
 * @param text the syllable as written (no hyphen)
 * @param syllabic its position in the word
 * @param stress 0 unstressed, 1 primary, 2 secondary
 * @param lineEnd true on the last syllable of a lyric line (writers may add punctuation, ABC
 *     breaks)
 */
public record Lyric(String text, Syllabic syllabic, int stress, boolean lineEnd) {
  public Lyric {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(syllabic, "syllabic");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a sung syllable needs text");
    }
    if (stress < 0 || stress > 2) {
      throw new IllegalArgumentException("stress must be 0, 1 or 2: " + stress);
    }
  }
}
