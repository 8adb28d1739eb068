package dev.l2m.lyrics;

/** Splits one written word into sung syllables with stress. */
@FunctionalInterface
public interface Syllabifier {
  /**
   * Returns the word with its syllables.
   *
   * @param token a word as written, without surrounding punctuation
   */
  Word syllabify(String token);
}
