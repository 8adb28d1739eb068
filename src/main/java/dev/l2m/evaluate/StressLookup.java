package dev.l2m.evaluate;

import java.util.Optional;

/**
 * Dictionary stress of a word: one digit per syllable (0 unstressed, 1 primary, 2 secondary), as
 * in the CMU Pronouncing Dictionary. Empty when the word is unknown.
 */
@FunctionalInterface
public interface StressLookup {
  Optional<int[]> stresses(String word);

  /** A lookup that knows no word: stress alignment is then reported as unknown. */
  static StressLookup none() {
    return word -> Optional.empty();
  }
}
