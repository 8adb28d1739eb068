package dev.l2m.compose;

import java.util.SplittableRandom;

/**
 * Draws the pitches of one phrase from a second-order chain over the singable scale tones: a
 * prior on intervals (steps dominate, leaps are rare and followed by a step back) times what each
 * note wants on its own (a chord tone on a strong beat, the phrase's contour, the cadence).
 * Sampling (forward filtering, backward sampling) rather than maximising keeps seeds distinct
 * while every constraint still holds.
 */
final class PitchSampler {

  /** Log-weights of interval sizes in scale steps: repeat, step, third, fourth, fifth, ... */
  private static final double[] STEP_PRIOR = {
    Math.log(0.14), Math.log(0.25), Math.log(0.10), Math.log(0.05), Math.log(0.04),
    Math.log(0.025), Math.log(0.01), Math.log(0.008)
  };

  private final int[] pitches;

  /**
   * @param pitches the usable pitches (MIDI, all in the key), ascending; index = scale position
   */
  PitchSampler(int[] pitches) {
    this.pitches = pitches.clone();
  }

  /**
   * Samples one pitch index per note.
   *
   * @param unary log-weight of each pitch index for each note (negative infinity forbids it)
   * @param previous the pitch sung just before the phrase, or -1
   * @return indexes into the pitch table, or null when the constraints leave no path
   */
  int[] sample(double[][] unary, int previous, SplittableRandom random) {
    int n = unary.length;
    int k = pitches.length;
    // alpha[i][a][b]: weight of paths whose notes i-1, i are a, b (a = k stands for "previous")
    double[][][] alpha = new double[n][k + 1][k];
    for (int b = 0; b < k; b++) {
      double w = Math.exp(unary[0][b]);
      if (previous >= 0) {
        w *= Math.exp(pair(previous, pitches[b]));
      }
      alpha[0][k][b] = w;
    }
    normalise(alpha[0]);
    for (int i = 1; i < n; i++) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          double u = unary[i][b];
          if (u == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double pairWeight = Math.exp(pair(pitches[a], pitches[b]) + u);
          if (pairWeight == 0) {
            continue;
          }
          double sum = 0;
          for (int c = 0; c <= k; c++) {
            double w = alpha[i - 1][c][a];
            if (w == 0) {
              continue;
            }
            int before = c == k ? previous : pitches[c];
            sum += w * (before < 0 ? 1 : Math.exp(triple(before, pitches[a], pitches[b])));
          }
          alpha[i][a][b] = sum * pairWeight;
        }
      }
      if (!normalise(alpha[i])) {
        return null;
      }
    }
    int[] out = new int[n];
    // the last pair
    double total = 0;
    for (double[] row : alpha[n - 1]) {
      for (double w : row) {
        total += w;
      }
    }
    if (total <= 0) {
      return null;
    }
    double r = random.nextDouble() * total;
    int lastA = -1;
    int lastB = -1;
    outer:
    for (int a = 0; a <= k; a++) {
      for (int b = 0; b < k; b++) {
        r -= alpha[n - 1][a][b];
        if (r <= 0 && alpha[n - 1][a][b] > 0) {
          lastA = a;
          lastB = b;
          break outer;
        }
      }
    }
    if (lastB < 0) {
      return null;
    }
    out[n - 1] = lastB;
    if (n == 1) {
      return out;
    }
    out[n - 2] = lastA;
    for (int i = n - 3; i >= 0; i--) {
      int a = out[i + 1];
      int b = out[i + 2];
      double[] w = new double[k];
      double sum = 0;
      for (int c = 0; c < k; c++) {
        double al = alpha[i + 1][c][a];
        if (al == 0) {
          continue;
        }
        w[c] = al * Math.exp(triple(pitches[c], pitches[a], pitches[b]));
        sum += w[c];
      }
      double pick = random.nextDouble() * sum;
      int chosen = -1;
      for (int c = 0; c < k; c++) {
        pick -= w[c];
        if (w[c] > 0) {
          chosen = c;
          if (pick <= 0) {
            break;
          }
        }
      }
      if (chosen < 0) {
        return null;
      }
      out[i] = chosen;
    }
    return out;
  }

  private static boolean normalise(double[][] table) {
    double max = 0;
    for (double[] row : table) {
      for (double w : row) {
        max = Math.max(max, w);
      }
    }
    if (max <= 0) {
      return false;
    }
    for (double[] row : table) {
      for (int j = 0; j < row.length; j++) {
        row[j] /= max;
      }
    }
    return true;
  }

  /** Log-weight of moving from pitch a to pitch b. */
  double pair(int a, int b) {
    int semitones = Math.abs(b - a);
    if (semitones > 12) {
      return Double.NEGATIVE_INFINITY;
    }
    int steps = Math.abs(positionOf(b) - positionOf(a));
    double w = steps < STEP_PRIOR.length ? STEP_PRIOR[steps] : Math.log(0.002);
    if (semitones == 6) {
      w -= 2.5; // the tritone is hard to sing
    }
    return w;
  }

  /** Log-weight of the third note given the two before it: leaps are answered by steps back. */
  double triple(int c, int a, int b) {
    int first = positionOf(a) - positionOf(c);
    int second = positionOf(b) - positionOf(a);
    double w = 0;
    if (Math.abs(first) >= 3) {
      if (second != 0 && Integer.signum(second) == Integer.signum(first)) {
        w -= 3.0;
      } else if (Math.abs(second) >= 3) {
        w -= 2.0; // leaping back and forth
      } else if (Math.abs(second) <= 2 && second != 0) {
        w += 0.8;
      }
    } else if (Math.abs(first) == 2 && Math.abs(second) >= 2
        && Integer.signum(second) == Integer.signum(first)) {
      w -= 0.8;
    }
    if (first == 0 && second == 0) {
      w -= 1.0;
    }
    return w;
  }

  /** Scale position of a pitch; pitches outside the table extend it by whole octaves. */
  private int positionOf(int midi) {
    for (int i = 0; i < pitches.length; i++) {
      if (pitches[i] == midi) {
        return i;
      }
    }
    // a pitch from outside the window (the phrase before it): approximate by semitones
    int nearest = 0;
    for (int i = 0; i < pitches.length; i++) {
      if (Math.abs(pitches[i] - midi) < Math.abs(pitches[nearest] - midi)) {
        nearest = i;
      }
    }
    return nearest + Math.round((midi - pitches[nearest]) * 7 / 12.0f);
  }
}
