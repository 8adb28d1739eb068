package dev.l2m.evaluate;

import dev.l2m.score.Syllabic;
import dev.l2m.score.Ticks;
import dev.l2m.score.TimeSignature;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups a melody's notes into sung syllables: a note with a lyric starts a syllable, the notes
 * without one that follow it (ties, melismas) continue it, and a rest ends it. Notes without a
 * lyric after a rest are not sung (an intro, an instrumental fill).
 */
public final class SungSyllables {
  private SungSyllables() {}

  /** The sung syllables of a melody, in order. */
  public static List<SungSyllable> of(ScoreMelody melody) {
    List<SungSyllable> out = new ArrayList<>();
    Builder current = null;
    boolean open = false;
    for (ScoreNote n : melody.notes()) {
      if (n.isRest()) {
        if (current != null) {
          current.restAfter += n.duration();
        }
        open = false;
        continue;
      }
      if (n.lyric() != null) {
        if (current != null) {
          out.add(current.build());
        }
        ScoreMeasure bar = melody.measureOf(n);
        boolean strong = isStrong(bar.time(), bar.offsetOf(n.onset()));
        current = new Builder(n, strong);
        open = true;
      } else if (current != null && open) {
        current.extend(n);
      }
    }
    if (current != null) {
      out.add(current.build());
    }
    return List.copyOf(out);
  }

  /**
   * True when an onset {@code offsetInBar} quarters after the bar line is strong: the downbeat,
   * or the half-bar in meters of four felt beats (4/4, 12/8).
   */
  public static boolean isStrong(TimeSignature time, double offsetInBar) {
    long ticks = Math.round(offsetInBar * Ticks.PER_QUARTER);
    if (ticks < 0 || ticks >= time.measureTicks()) {
      return false;
    }
    return time.isStrong((int) ticks);
  }

  private static final class Builder {
    private final String text;
    private final Syllabic syllabic;
    private final int pitch;
    private final double onset;
    private final boolean strong;
    private final int measure;
    private double duration;
    private int notes = 1;
    private int lowest;
    private int highest;
    private int lastPitch;
    private double restAfter;

    Builder(ScoreNote first, boolean strong) {
      this.text = first.lyric().text();
      this.syllabic = first.lyric().syllabic();
      this.pitch = first.pitch();
      this.onset = first.onset();
      this.strong = strong;
      this.measure = first.measure();
      this.duration = first.duration();
      this.lowest = first.pitch();
      this.highest = first.pitch();
      this.lastPitch = first.pitch();
    }

    void extend(ScoreNote n) {
      boolean tie = n.tiedFromPrevious() && n.pitch() == lastPitch;
      if (!tie) {
        notes++;
      }
      duration += n.duration();
      lowest = Math.min(lowest, n.pitch());
      highest = Math.max(highest, n.pitch());
      lastPitch = n.pitch();
      restAfter = 0;
    }

    SungSyllable build() {
      return new SungSyllable(
          text, syllabic, pitch, onset, strong, duration, notes, lowest, highest, lastPitch,
          restAfter, measure);
    }
  }
}
