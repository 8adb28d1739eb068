package dev.l2m.score;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A meter such as 4/4 or 6/8, with the metrical facts the composer and the evaluator share.
 *
 * @param beats the upper number
 * @param beatType the lower number (a power of two)
 */
public record TimeSignature(int beats, int beatType) {

  private static final Pattern TEXT = Pattern.compile("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*$");

  public static final TimeSignature COMMON = new TimeSignature(4, 4);

  public TimeSignature {
    if (beats < 1 || beats > 16) {
      throw new IllegalArgumentException("beats per bar out of range: " + beats);
    }
    if (beatType != 2 && beatType != 4 && beatType != 8 && beatType != 16) {
      throw new IllegalArgumentException("beat type must be 2, 4, 8 or 16: " + beatType);
    }
  }

  /**
   * Parses "4/4", "3/4", "6/8", ... and also "C" (common time).
   *
   * @throws IllegalArgumentException with a message fit for the user
   */
  public static TimeSignature parse(String text) {
    if (text != null && text.trim().equalsIgnoreCase("c")) {
      return COMMON;
    }
    Matcher m = TEXT.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time signature (examples: 4/4, 3/4, 2/4, 6/8)");
    }
    try {
      return new TimeSignature(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a time signature (examples: 4/4, 3/4, 2/4, 6/8)", e);
    }
  }

  /** Length of one bar in ticks. */
  public int measureTicks() {
    return beats * Ticks.PER_QUARTER * 4 / beatType;
  }

  /** True for 6/8, 9/8, 12/8: beats are dotted and grouped in threes. */
  public boolean isCompound() {
    return beatType == 8 && beats % 3 == 0 && beats > 3;
  }

  /** Ticks of the felt beat: a dotted quarter in 6/8, a quarter in 4/4, a half in 2/2. */
  public int beatTicks() {
    int unit = Ticks.PER_QUARTER * 4 / beatType;
    return isCompound() ? unit * 3 : unit;
  }

  /** Number of felt beats in a bar (2 in 6/8, 4 in 4/4, 3 in 3/4). */
  public int feltBeats() {
    return measureTicks() / beatTicks();
  }

  /**
   * True when an onset {@code offsetInBar} ticks after the bar line is strong: the downbeat, or
   * the half-bar in meters of four felt beats (4/4, 12/8) — as defined in the quality guide.
   */
  public boolean isStrong(int offsetInBar) {
    if (offsetInBar == 0) {
      return true;
    }
    return feltBeats() == 4 && offsetInBar == measureTicks() / 2;
  }

  @Override
  public String toString() {
    return beats + "/" + beatType;
  }
}
