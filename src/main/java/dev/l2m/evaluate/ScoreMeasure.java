package dev.l2m.evaluate;

import dev.l2m.score.TimeSignature;
import java.util.Objects;

/**
 * One bar of the melody part as the file writes it.
 *
 * @param index 0-based position in the part
 * @param number the bar's {@code number} attribute as written
 * @param start onset of the bar in quarter notes from the start of the song
 * @param filled how much music the bar holds, in quarter notes (the furthest point any note or
 *     forward reached)
 * @param time the meter in effect
 * @param key the key signature in effect, or null when the file has none
 * @param pickup true for an opening bar marked implicit or shorter than its meter
 */
public record ScoreMeasure(
    int index,
    String number,
    double start,
    double filled,
    TimeSignature time,
    WrittenKey key,
    boolean pickup) {

  /** Tolerance for comparing positions computed from different divisions. */
  static final double EPSILON = 1e-6;

  public ScoreMeasure {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(time, "time");
  }

  /** Length the meter asks for, in quarter notes. */
  public double nominal() {
    return time.beats() * 4.0 / time.beatType();
  }

  /** True when the bar holds exactly what its meter asks for. */
  public boolean isComplete() {
    return Math.abs(filled - nominal()) < EPSILON;
  }

  /**
   * Position of an onset inside the bar in quarters; a pickup bar is shifted so that it ends on
   * the next downbeat.
   */
  public double offsetOf(double onset) {
    double offset = onset - start;
    return pickup ? offset + nominal() - filled : offset;
  }
}
