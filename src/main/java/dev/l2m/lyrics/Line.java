package dev.l2m.lyrics;

import java.util.List;
import java.util.Objects;

/**
 * One lyric line: a musical phrase.
 *
 * @param text the line as written (normalised)
 * @param words its words, at least one
 */
public record Line(String text, List<Word> words) {
  public Line {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a lyric line needs at least one word");
    }
  }

  /** Every syllable of the line, in order. */
  public List<Syllable> syllables() {
    return words.stream().flatMap(w -> w.syllables().stream()).toList();
  }

  /** Number of sung syllables. */
  public int syllableCount() {
    return words.stream().mapToInt(w -> w.syllables().size()).sum();
  }
}
