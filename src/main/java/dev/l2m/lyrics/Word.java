package dev.l2m.lyrics;

import java.util.List;
import java.util.Objects;

/**
 * A word of a lyric line.
 *
 * @param text the word as written in the lyrics, punctuation stripped
 * @param syllables its sung syllables, at least one; their texts joined give back {@code text}
 * @param source where the split and the stress came from
 * @param functionWord true for words sung light (the, a, of, and...)
 */
public record Word(String text, List<Syllable> syllables, WordSource source, boolean functionWord) {
  public Word {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    syllables = List.copyOf(syllables);
    if (syllables.isEmpty()) {
      throw new IllegalArgumentException("a word has at least one syllable: " + text);
    }
  }
}
