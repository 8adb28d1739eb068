package dev.l2m.evaluate;

import dev.l2m.score.Syllabic;
import java.util.Objects;

/**
 * The verse-1 lyric attached to a note of a score.
 *
 * @param text the syllable as written (may carry punctuation such as "moon,")
 * @param syllabic its place in the word; {@code SINGLE} when the file says nothing
 * @param extend true when the file draws an extender line after it (a melisma follows)
 */
public record ScoreLyric(String text, Syllabic syllabic, boolean extend) {
  public ScoreLyric {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(syllabic, "syllabic");
  }
}
