package dev.l2m.score;

/** The score's time unit. All onsets and durations are whole ticks. */
public final class Ticks {
  /** Resolution shared by the score model and the MIDI writer (divisible by 2, 3, 4, 5, 8, 16). */
  public static final int PER_QUARTER = 480;

  private Ticks() {}
}
