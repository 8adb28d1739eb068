package dev.l2m.evaluate;

import dev.l2m.score.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Computes a {@link SongReport} from a melody; pure apart from the stress lookup it is given. */
public final class SongMetrics {
  /** Interval steps are clipped to this many semitones either way. */
  public static final int INTERVAL_CLIP = 12;

  private final StressLookup stress;

  public SongMetrics(StressLookup stress) {
    this.stress = stress;
  }

  /** Measures one melody. */
  public SongReport evaluate(ScoreMelody melody, String source) {
    List<SungSyllable> syllables = SungSyllables.of(melody);
    List<SungWord> words = LyricWords.rebuild(syllables);
    List<ScoreMeasure> bars = melody.measures();
    ScoreMeasure first = bars.get(0);

    int notes = 0;
    int melismas = 0;
    int strong = 0;
    int lowest = -1;
    int highest = -1;
    int inKey = 0;
    int keyed = 0;
    TreeMap<Integer, Long> durations = new TreeMap<>();
    for (SungSyllable s : syllables) {
      notes += s.notes();
      if (s.isMelisma()) {
        melismas++;
      }
      if (s.strong()) {
        strong++;
      }
      // the pitch a syllable is sung on is its first note's: lyric-less notes after it are
      // often instrumental fills in lead sheets, and the reference numbers count them out
      lowest = lowest < 0 ? s.pitch() : Math.min(lowest, s.pitch());
      highest = Math.max(highest, s.pitch());
      durations.merge(Histogram.durationBin(s.duration()), 1L, Long::sum);
      WrittenKey k = bars.get(s.measure()).key();
      if (k != null) {
        keyed++;
        if (k.toKey().contains(s.pitch())) {
          inKey++;
        }
      }
    }

    TreeMap<Integer, Long> intervals = new TreeMap<>();
    int largestLeap = 0;
    for (int i = 1; i < syllables.size(); i++) {
      int step = syllables.get(i).pitch() - syllables.get(i - 1).pitch();
      largestLeap = Math.max(largestLeap, Math.abs(step));
      int clipped = Math.max(-INTERVAL_CLIP, Math.min(INTERVAL_CLIP, step));
      intervals.merge(clipped, 1L, Long::sum);
    }

    int polysyllabic = 0;
    int stressWords = 0;
    int stressed = 0;
    int stressedStrong = 0;
    int unstressed = 0;
    int unstressedStrong = 0;
    for (SungWord w : words) {
      if (w.syllables().size() < 2) {
        continue;
      }
      polysyllabic++;
      Optional<int[]> digits = stress.stresses(w.text());
      if (digits.isEmpty() || digits.get().length != w.syllables().size()) {
        continue;
      }
      stressWords++;
      int[] d = digits.get();
      for (int i = 0; i < d.length; i++) {
        boolean onStrong = w.syllables().get(i).strong();
        if (d[i] == 1) {
          stressed++;
          stressedStrong += onStrong ? 1 : 0;
        } else if (d[i] == 0) {
          unstressed++;
          unstressedStrong += onStrong ? 1 : 0;
        }
      }
    }

    boolean endsOnTonic = false;
    boolean hasKey = false;
    if (!syllables.isEmpty()) {
      SungSyllable last = syllables.get(syllables.size() - 1);
      WrittenKey k = bars.get(lastMeasure(melody, last)).key();
      hasKey = k != null;
      endsOnTonic = k != null && Math.floorMod(last.lastPitch(), 12) == k.tonic();
    } else {
      hasKey = first.key() != null;
    }

    List<String> incomplete = new ArrayList<>();
    for (int i = 0; i < bars.size() - 1; i++) {
      ScoreMeasure bar = bars.get(i);
      if (!bar.pickup() && !bar.isComplete()) {
        incomplete.add(bar.number());
      }
    }

    Key firstKey = first.key() == null ? null : first.key().toKey();
    return new SongReport(
        source,
        melody.title(),
        first.time().toString(),
        firstKey == null ? "" : first.key().displayName(),
        melody.hasPickup(),
        bars.size(),
        notes,
        syllables.size(),
        melismas,
        strong,
        polysyllabic,
        stressWords,
        stressed,
        stressedStrong,
        unstressed,
        unstressedStrong,
        new Histogram(intervals),
        largestLeap,
        new Histogram(durations),
        lowest,
        highest,
        inKey,
        keyed,
        hasKey,
        endsOnTonic,
        incomplete,
        LyricWords.texts(words));
  }

  /** The bar of the syllable's last note: the key written there decides the tonic. */
  private static int lastMeasure(ScoreMelody melody, SungSyllable last) {
    int bar = last.measure();
    double end = last.onset() + last.duration();
    for (ScoreNote n : melody.notes()) {
      if (!n.isRest() && n.onset() >= last.onset() && n.onset() < end) {
        bar = n.measure();
      }
    }
    return bar;
  }
}
