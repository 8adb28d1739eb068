package dev.l2m.evaluate;

import dev.l2m.score.Key;
import dev.l2m.score.Mode;
import java.util.Locale;

/**
 * A key signature as written in a score: sharps or flats plus the mode the file names.
 *
 * @param fifths sharps (positive) or flats (negative), -7..7
 * @param mode the mode as written, lower case ("major", "minor", "dorian"...); "major" when the
 *     file names none
 */
public record WrittenKey(int fifths, String mode) {

  public WrittenKey {
    if (fifths < -7 || fifths > 7) {
      throw new IllegalArgumentException("key signature out of range: " + fifths);
    }
    mode = mode == null || mode.isBlank() ? "major" : mode.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Pitch class of the tonic: the major tonic of the signature moved to the mode's degree
   * (minor is the sixth degree, dorian the second, ...). Unknown modes count as major.
   */
  public int tonic() {
    int majorTonic = Math.floorMod(fifths * 7, 12);
    return Math.floorMod(majorTonic + degreeOffset(), 12);
  }

  /** The scale as the score model's {@link Key}; modes the model lacks become major. */
  public Key toKey() {
    return new Key(tonic(), scaleMode(), fifths);
  }

  private Mode scaleMode() {
    switch (mode) {
      case "minor":
      case "aeolian":
        return Mode.MINOR;
      case "dorian":
        return Mode.DORIAN;
      case "phrygian":
        return Mode.PHRYGIAN;
      case "lydian":
        return Mode.LYDIAN;
      case "mixolydian":
        return Mode.MIXOLYDIAN;
      default:
        return Mode.MAJOR;
    }
  }

  private int degreeOffset() {
    switch (mode) {
      case "minor":
      case "aeolian":
        return 9;
      case "dorian":
        return 2;
      case "phrygian":
        return 4;
      case "lydian":
        return 5;
      case "mixolydian":
        return 7;
      default:
        return 0;
    }
  }

  /** "G major", "E minor". */
  public String displayName() {
    return toKey().tonicName() + " " + scaleMode().xmlName();
  }
}
