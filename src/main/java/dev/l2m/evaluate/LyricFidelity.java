package dev.l2m.evaluate;

/**
 * How faithfully a song sings its words.
 *
 * @param expectedWords number of input words
 * @param sungWords number of words rebuilt from the sung syllables
 * @param matchedInOrder words of the input sung in order (longest common subsequence)
 * @param firstDifference index of the first word that differs, or -1 when all match
 * @param expectedAt the input word at that index, or empty
 * @param sungAt the sung word at that index, or empty
 */
public record LyricFidelity(
    int expectedWords,
    int sungWords,
    int matchedInOrder,
    int firstDifference,
    String expectedAt,
    String sungAt) {

  /** True when every input word is sung, in order, and nothing else is. */
  public boolean isExact() {
    return firstDifference < 0;
  }

  /** Share of input words sung in order: 1.0 when nothing is lost. */
  public double share() {
    return expectedWords == 0 ? 1.0 : matchedInOrder / (double) expectedWords;
  }
}
