package dev.l2m.score;

import java.util.Locale;

/** The scale a song is written in. Church modes beyond major/minor colour the emotion map. */
public enum Mode {
  MAJOR(new int[] {0, 2, 4, 5, 7, 9, 11}, 0),
  MINOR(new int[] {0, 2, 3, 5, 7, 8, 10}, -3),
  DORIAN(new int[] {0, 2, 3, 5, 7, 9, 10}, -2),
  MIXOLYDIAN(new int[] {0, 2, 4, 5, 7, 9, 10}, -1),
  LYDIAN(new int[] {0, 2, 4, 6, 7, 9, 11}, 1),
  PHRYGIAN(new int[] {0, 1, 3, 5, 7, 8, 10}, -4);

  private final int[] steps;
  private final int fifthsOffset;

  Mode(int[] steps, int fifthsOffset) {
    this.steps = steps;
    this.fifthsOffset = fifthsOffset;
  }

  /** Semitones above the tonic of scale degree {@code degree} (0-based, 0..6). */
  public int semitones(int degree) {
    return steps[Math.floorMod(degree, 7)];
  }

  /**
   * How many fifths this mode's key signature sits from the major key on the same tonic (minor
   * is three flats darker than major, for example).
   */
  public int fifthsOffset() {
    return fifthsOffset;
  }

  /** True for modes whose third is major: they take major-key harmony. */
  public boolean isMajorLike() {
    return steps[2] == 4;
  }

  /** The lower-case name used in MusicXML {@code <mode>} and in the CLI. */
  public String xmlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses "major", "minor", "dorian", ... (case-insensitive; "maj", "min", "m" accepted). */
  public static Mode parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "major":
      case "maj":
      case "ionian":
        return MAJOR;
      case "minor":
      case "min":
      case "m":
      case "aeolian":
        return MINOR;
      default:
        for (Mode m : values()) {
          if (m.xmlName().equals(t)) {
            return m;
          }
        }
        throw new IllegalArgumentException("unknown mode '" + text + "'");
    }
  }
}
