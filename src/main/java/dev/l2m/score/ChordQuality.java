package dev.l2m.score;

/** Chord qualities the composer uses, with their MusicXML {@code <kind>} names. */
public enum ChordQuality {
  MAJOR(new int[] {0, 4, 7}, "", "major"),
  MINOR(new int[] {0, 3, 7}, "m", "minor"),
  DIMINISHED(new int[] {0, 3, 6}, "dim", "diminished"),
  AUGMENTED(new int[] {0, 4, 8}, "aug", "augmented"),
  DOMINANT_SEVENTH(new int[] {0, 4, 7, 10}, "7", "dominant"),
  MAJOR_SEVENTH(new int[] {0, 4, 7, 11}, "maj7", "major-seventh"),
  MINOR_SEVENTH(new int[] {0, 3, 7, 10}, "m7", "minor-seventh"),
  SUSPENDED_FOURTH(new int[] {0, 5, 7}, "sus4", "suspended-fourth");

  private final int[] intervals;
  private final String suffix;
  private final String xmlKind;

  ChordQuality(int[] intervals, String suffix, String xmlKind) {
    this.intervals = intervals;
    this.suffix = suffix;
    this.xmlKind = xmlKind;
  }

  /** Semitones above the root. */
  public int[] intervals() {
    return intervals.clone();
  }

  /** Lead-sheet suffix ("m", "7"). */
  public String suffix() {
    return suffix;
  }

  /** MusicXML {@code <kind>} value. */
  public String xmlKind() {
    return xmlKind;
  }
}
