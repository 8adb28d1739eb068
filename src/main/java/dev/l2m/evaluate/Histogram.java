package dev.l2m.evaluate;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts per integer bin (semitone steps, or durations in 48ths of a quarter note).
 *
 * @param counts count per bin; bins with no count are absent
 */
public record Histogram(SortedMap<Integer, Long> counts) {

  /** Duration bins are 48ths of a quarter: exact for dotted, triplet and sixteenth values. */
  public static final int DURATION_BINS_PER_QUARTER = 48;

  public Histogram {
    counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }

  /** An empty histogram. */
  public static Histogram empty() {
    return new Histogram(new TreeMap<>());
  }

  /** The bin of a duration in quarter notes. */
  public static int durationBin(double quarters) {
    return (int) Math.round(quarters * DURATION_BINS_PER_QUARTER);
  }

  /** The duration in quarter notes a bin stands for. */
  public static double durationOf(int bin) {
    return bin / (double) DURATION_BINS_PER_QUARTER;
  }

  /** Total count. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Count of one bin. */
  public long count(int bin) {
    return counts.getOrDefault(bin, 0L);
  }

  /** Share of the total in one bin (0 for an empty histogram). */
  public double share(int bin) {
    long total = total();
    return total == 0 ? 0 : count(bin) / (double) total;
  }

  /** Share of the total in the bins {@code from..to} inclusive. */
  public double share(int from, int to) {
    long total = total();
    if (total == 0) {
      return 0;
    }
    long in = counts.subMap(from, to + 1).values().stream().mapToLong(Long::longValue).sum();
    return in / (double) total;
  }

  /** Share of the total in bins whose absolute value lies in {@code from..to} inclusive. */
  public double shareOfMagnitude(int from, int to) {
    long total = total();
    if (total == 0) {
      return 0;
    }
    long in = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      int m = Math.abs(e.getKey());
      if (m >= from && m <= to) {
        in += e.getValue();
      }
    }
    return in / (double) total;
  }

  /** This histogram with another one's counts added. */
  public Histogram plus(Histogram other) {
    TreeMap<Integer, Long> sum = new TreeMap<>(counts);
    other.counts.forEach((bin, n) -> sum.merge(bin, n, Long::sum));
    return new Histogram(sum);
  }

  /**
   * Distribution overlap Σ min(p, q) over the bins of both normalised histograms: 1 for the same
   * shape, 0 for nothing in common (and 0 when either is empty).
   */
  public double overlap(Histogram other) {
    long a = total();
    long b = other.total();
    if (a == 0 || b == 0) {
      return 0;
    }
    double sum = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      long o = other.count(e.getKey());
      sum += Math.min(e.getValue() / (double) a, o / (double) b);
    }
    return sum;
  }
}
