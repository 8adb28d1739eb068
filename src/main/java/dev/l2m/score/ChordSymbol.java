package dev.l2m.score;

/**
 * A chord symbol over the melody, lasting until the next one.
 *
 * @param start onset in ticks
 * @param duration length in ticks
 * @param root pitch class of the root (0..11)
 * @param quality the chord's quality
 */
public record ChordSymbol(long start, int duration, int root, ChordQuality quality) {
  public ChordSymbol {
    if (root < 0 || root > 11) {
      throw new IllegalArgumentException("chord root out of range: " + root);
    }
    if (duration <= 0 || start < 0) {
      throw new IllegalArgumentException("chord must have a positive span");
    }
  }

  /** Pitch classes of the chord's tones, root first. */
  public int[] pitchClasses() {
    int[] iv = quality.intervals();
    int[] pcs = new int[iv.length];
    for (int i = 0; i < iv.length; i++) {
      pcs[i] = (root + iv[i]) % 12;
    }
    return pcs;
  }

  /** True when pitch class of {@code midi} is one of the chord's tones. */
  public boolean contains(int midi) {
    int pc = Math.floorMod(midi, 12);
    for (int c : pitchClasses()) {
      if (c == pc) {
        return true;
      }
    }
    return false;
  }

  /** "Am", "G7", "Bdim" spelled in {@code key}. */
  public String symbol(Key key) {
    return key.spell(60 + root).name() + quality.suffix();
  }
}
