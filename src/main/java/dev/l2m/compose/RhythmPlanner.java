package dev.l2m.compose;

import dev.l2m.score.TimeSignature;
import dev.l2m.score.Ticks;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places the syllables of one lyric line on a grid of eighth notes (sixteenths in x/16 meters)
 * so that stressed syllables meet strong beats and the durations sound like sung melodies. A
 * dynamic programme finds the cheapest placement; seeded noise in the costs makes different seeds
 * choose different, equally reasonable rhythms.
 */
final class RhythmPlanner {

  private static final double FORBIDDEN = 1e9;

  /** Relative frequency of syllable durations in sung melodies, in quarter notes. */
  private static final double[][] DURATION_PRIOR = {
    {0.25, 0.03}, {0.5, 0.27}, {0.75, 0.02}, {1.0, 0.32}, {1.5, 0.14}, {2.0, 0.13},
    {2.5, 0.008}, {3.0, 0.045}, {4.0, 0.03}
  };

  /** The same for compound meters (6/8, 9/8, 12/8), where the beat is a dotted quarter. */
  private static final double[][] COMPOUND_PRIOR = {
    {0.5, 0.34}, {1.0, 0.30}, {1.5, 0.20}, {2.0, 0.02}, {2.5, 0.01}, {3.0, 0.08},
    {4.5, 0.02}, {6.0, 0.015}
  };

  private final TimeSignature time;
  private final int grid;
  private final int barUnits;
  private final double shortBias;

  /**
   * @param time the meter
   * @param density 0..1, how busy the rhythm is
   * @param tempo quarter notes per minute
   */
  RhythmPlanner(TimeSignature time, double density, int tempo) {
    this.time = time;
    this.grid = gridTicks(time);
    this.barUnits = time.measureTicks() / grid;
    // busy, slow songs favour eighths; calm, fast ones quarters and halves
    this.shortBias = 1.1 * (density - 0.5) - 0.7 * (tempo - 100) / 60.0;
  }

  /** Grid step in ticks: an eighth, or a sixteenth when the bar needs it. */
  static int gridTicks(TimeSignature time) {
    int eighth = Ticks.PER_QUARTER / 2;
    return time.measureTicks() % eighth == 0 ? eighth : Ticks.PER_QUARTER / 4;
  }

  int grid() {
    return grid;
  }

  int barUnits() {
    return barUnits;
  }

  /** Shortest last note of a phrase, in grid units: a felt beat. */
  int endRoom() {
    return Math.max(2, Math.min(3, time.beatTicks() / grid));
  }

  /** Longest pickup before a phrase's first downbeat, in grid units. */
  int maxPickup() {
    return Math.max(1, Math.min(3, barUnits / 2 - 1));
  }

  /**
   * Onsets of each syllable in grid units from the phrase's first downbeat (negative = pickup).
   *
   * @param accents one per syllable
   * @param notes notes per syllable (more than one for a melisma)
   * @param bars phrase length
   * @param earliest first usable grid position (zero or negative)
   * @param latestLast last usable onset for the final syllable
   * @return the onsets, or null when the syllables do not fit
   */
  int[] plan(
      List<Accent> accents, int[] notes, int bars, int earliest, int latestLast,
      SplittableRandom random) {
    int n = accents.size();
    int length = bars * barUnits;
    int positions = length - earliest;
    double[][] cost = new double[n][positions];
    int[][] from = new int[n][positions];
    double[][] noise = new double[n][positions];
    for (double[] row : noise) {
      for (int p = 0; p < positions; p++) {
        row[p] = random.nextDouble() * 1.2;
      }
    }
    for (double[] row : cost) {
      Arrays.fill(row, FORBIDDEN);
    }
    for (int p = 0; p < positions; p++) {
      int x = p + earliest;
      double lead = x > 0 ? 0.7 * x : 0;
      if (x > barUnits / 2) {
        continue; // a phrase does not open with a bar of silence
      }
      cost[0][p] = placeCost(accents.get(0), x) + lead + noise[0][p];
    }
    for (int i = 1; i < n; i++) {
      for (int p = 0; p < positions; p++) {
        int x = p + earliest;
        double here = placeCost(accents.get(i), x) + noise[i][p];
        double best = FORBIDDEN;
        int arg = -1;
        for (int q = 0; q < p; q++) {
          if (cost[i - 1][q] >= FORBIDDEN) {
            continue;
          }
          int d = p - q;
          if (d < notes[i - 1]) {
            continue;
          }
          double c = cost[i - 1][q] + durationCost(accents.get(i - 1), q + earliest, d);
          if (c < best) {
            best = c;
            arg = q;
          }
        }
        if (arg >= 0) {
          cost[i][p] = best + here;
          from[i][p] = arg;
        }
      }
    }
    double best = FORBIDDEN;
    int arg = -1;
    for (int p = 0; p < positions; p++) {
      int x = p + earliest;
      if (x > latestLast || length - x < notes[n - 1] + endRoom() || cost[n - 1][p] >= FORBIDDEN) {
        continue;
      }
      double c = cost[n - 1][p] + holdCost(x, length - x);
      if (c < best) {
        best = c;
        arg = p;
      }
    }
    if (arg < 0) {
      return null;
    }
    int[] onsets = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      onsets[i] = arg + earliest;
      arg = from[i][arg];
    }
    return onsets;
  }

  /** Ticks into the bar of grid position {@code x} (the phrase starts on a downbeat). */
  int offsetInBar(int x) {
    return Math.floorMod(x, barUnits) * grid;
  }

  private double placeCost(Accent accent, int x) {
    int offset = offsetInBar(x);
    boolean strong = time.isStrong(offset);
    boolean beat = offset % time.beatTicks() == 0;
    if (x < 0 && !accent.isLight()) {
      return 12;
    }
    return switch (accent) {
      case STRESSED -> strong ? 0 : beat ? 2.5 : 4.0;
      case SECONDARY -> strong ? 0.8 : beat ? 0.4 : 1.6;
      case UNSTRESSED -> strong ? 7.0 : beat ? 0.2 : 0;
      case CONTENT -> strong ? 0 : beat ? 1.0 : 2.4;
      case FUNCTION -> strong ? 3.0 : beat ? 0.4 : 0.2;
    };
  }

  private double durationCost(Accent accent, int x, int units) {
    double quarters = units * (double) grid / Ticks.PER_QUARTER;
    double beats = units * (double) grid / time.beatTicks();
    double p = 0.002;
    for (double[] entry : time.isCompound() ? COMPOUND_PRIOR : DURATION_PRIOR) {
      if (Math.abs(entry[0] - quarters) < 1e-9) {
        p = entry[1];
      }
    }
    double c = -Math.log(p) + shortBias * Math.log(quarters) / Math.log(2);
    if (beats > 1 && accent.isLight()) {
      c += 1.5 * (beats - 1); // words sung light are not held
    } else if (beats >= 2 && accent.isHeavy()) {
      c -= 0.5;
    }
    if (quarters > 4) {
      c += 3 * (quarters - 4);
    }
    int inBeat = offsetInBar(x) % time.beatTicks();
    if (inBeat != 0 && inBeat + units * grid > time.beatTicks()) {
      c += 1.2; // a syncopation held over the beat: allowed, but rare
    }
    int toBar = barUnits - Math.floorMod(x, barUnits);
    if (units > toBar) {
      c += 1.8; // a tie over the bar line inside a phrase
    }
    return c;
  }

  private double holdCost(int x, int hold) {
    double c = 0;
    int half = Math.max(2, barUnits / 2);
    if (hold < half) {
      c += 2.5 * (half - hold);
    }
    if (hold > barUnits + half) {
      c += 0.6 * (hold - barUnits - half);
    }
    int offset = offsetInBar(x);
    if (!time.isStrong(offset)) {
      c += 3.0;
    }
    if (offset % time.beatTicks() != 0) {
      c += 4.0; // a phrase does not end on a syncopation
    }
    return c;
  }
}
