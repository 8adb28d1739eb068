package dev.l2m.lyrics;

import java.util.Objects;

/**
 * One dictionary pronunciation of a word, reduced to what singing needs: per syllable its stress
 * and the kind of vowel (short vowels keep the next consonant in the written split: "ev-er").
 *
 * @param code one character per syllable: stress 0/1/2, plus 3 for a short vowel, plus 6 for an
 *     r-coloured vowel (as in "ev-er-y")
 */
public record Pronunciation(String code) {
  public Pronunciation {
    Objects.requireNonNull(code, "code");
    if (code.isEmpty()) {
      throw new IllegalArgumentException("a pronunciation has at least one syllable");
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '8') {
        throw new IllegalArgumentException("bad pronunciation code: " + code);
      }
    }
  }

  /** A pronunciation from stress digits only (no vowel detail). */
  public static Pronunciation ofStresses(int... stresses) {
    StringBuilder b = new StringBuilder();
    for (int s : stresses) {
      b.append((char) ('0' + s));
    }
    return new Pronunciation(b.toString());
  }

  public int syllableCount() {
    return code.length();
  }

  /** 0 unstressed, 1 primary, 2 secondary. */
  public int stress(int syllable) {
    return (code.charAt(syllable) - '0') % 3;
  }

  /** The stress digit of each syllable. */
  public int[] stresses() {
    int[] out = new int[code.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = stress(i);
    }
    return out;
  }

  /** The stress digits as text, such as "100" for "beautiful". */
  public String stressPattern() {
    StringBuilder b = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      b.append(stress(i));
    }
    return b.toString();
  }

  /** True when the syllable's vowel is short (as in "ev", "hap", "riv"). */
  public boolean shortVowel(int syllable) {
    return (code.charAt(syllable) - '0') / 3 == 1;
  }

  /** True when the syllable's vowel is r-coloured (the "er" of "ev-er-y"). */
  public boolean rColoured(int syllable) {
    return (code.charAt(syllable) - '0') / 3 == 2;
  }

  /** Index of the primary stress, or -1 when there is none. */
  public int primaryIndex() {
    for (int i = 0; i < code.length(); i++) {
      if (stress(i) == 1) {
        return i;
      }
    }
    return -1;
  }
}
