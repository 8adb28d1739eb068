package dev.l2m.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * A word rebuilt from its sung syllables.
 *
 * @param text the word as {@link LyricWords#normalise} writes it ("silvery", "o'er")
 * @param syllables the syllables it is sung on, at least one
 */
public record SungWord(String text, List<SungSyllable> syllables) {
  public SungWord {
    Objects.requireNonNull(text, "text");
    syllables = List.copyOf(syllables);
    if (syllables.isEmpty()) {
      throw new IllegalArgumentException("a sung word has at least one syllable");
    }
  }
}
