package dev.l2m.compose;

import dev.l2m.lyrics.Line;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.Syllable;
import dev.l2m.lyrics.Word;
import dev.l2m.score.Note;
import dev.l2m.score.Song;
import dev.l2m.score.Ticks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quality guide's metrics computed straight from a {@link Song} and its lyrics (the real
 * evaluator reads MusicXML; this one lets the composer be tuned without it).
 */
final class SongMetrics {
  int stressed;
  int stressedStrong;
  int unstressed;
  int unstressedStrong;
  int intervals;
  int repeats;
  int steps;
  int leaps;
  int octaves;
  int maxInterval;
  final List<Integer> ambitus = new ArrayList<>();
  final Map<Integer, Integer> intervalHistogram = new TreeMap<>();
  final Map<Double, Integer> durationHistogram = new TreeMap<>();
  int durations;
  int songs;
  int tonicEndings;

  void add(Song song, Lyrics lyrics) {
    songs++;
    List<Note> sung = new ArrayList<>();
    List<Long> syllableEnds = new ArrayList<>();
    List<Note> notes = song.notes();
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      if (n.lyric() != null) {
        sung.add(n);
        syllableEnds.add(n.end());
      } else {
        syllableEnds.set(syllableEnds.size() - 1, n.end());
      }
    }
    List<int[]> wordInfo = new ArrayList<>(); // per syllable: syllable count, stress
    for (Line line : lyrics.lines()) {
      for (Word w : line.words()) {
        for (Syllable s : w.syllables()) {
          wordInfo.add(new int[] {w.syllables().size(), s.stress()});
        }
      }
    }
    int lo = 127;
    int hi = 0;
    for (int i = 0; i < sung.size(); i++) {
      Note n = sung.get(i);
      boolean strong = song.time().isStrong(song.offsetInBar(n.start()));
      int[] info = wordInfo.get(i);
      if (info[0] > 1) {
        if (info[1] == 1) {
          stressed++;
          stressedStrong += strong ? 1 : 0;
        } else if (info[1] == 0) {
          unstressed++;
          unstressedStrong += strong ? 1 : 0;
        }
      }
      lo = Math.min(lo, n.pitch());
      hi = Math.max(hi, n.pitch());
      if (i > 0) {
        int d = n.pitch() - sung.get(i - 1).pitch();
        int a = Math.abs(d);
        maxInterval = Math.max(maxInterval, a);
        intervals++;
        repeats += a == 0 ? 1 : 0;
        steps += a >= 1 && a <= 2 ? 1 : 0;
        leaps += a > 5 ? 1 : 0;
        octaves += a >= 12 ? 1 : 0;
        intervalHistogram.merge(Math.max(-12, Math.min(12, d)), 1, Integer::sum);
      }
      long length = (i + 1 < sung.size() ? syllableEnds.get(i) : syllableEnds.get(i)) - n.start();
      double quarters = Math.round(length * 4.0 / Ticks.PER_QUARTER) / 4.0;
      durationHistogram.merge(quarters, 1, Integer::sum);
      durations++;
    }
    ambitus.add(hi - lo);
    Note last = notes.get(notes.size() - 1);
    if (Math.floorMod(last.pitch() - song.key().tonic(), 12) == 0) {
      tonicEndings++;
    }
  }

  double strongGivenStressed() {
    return stressed == 0 ? 1 : stressedStrong / (double) stressed;
  }

  double strongGivenUnstressed() {
    return unstressed == 0 ? 0 : unstressedStrong / (double) unstressed;
  }

  double share(int count) {
    return intervals == 0 ? 0 : count / (double) intervals;
  }

  int medianAmbitus() {
    List<Integer> sorted = new ArrayList<>(ambitus);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  double durationShare(double quarters) {
    return durationHistogram.getOrDefault(quarters, 0) / (double) Math.max(1, durations);
  }

  String report() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(
        "songs=%d P(strong|stressed)=%.3f P(strong|unstressed)=%.3f%n", songs,
        strongGivenStressed(), strongGivenUnstressed()));
    b.append(String.format(
        "repeats=%.3f steps=%.3f leaps>4th=%.3f octave+=%.3f max=%d%n", share(repeats),
        share(steps), share(leaps), share(octaves), maxInterval));
    b.append(String.format(
        "median ambitus=%d tonic endings=%d/%d%n", medianAmbitus(), tonicEndings, songs));
    b.append("durations:");
    for (Map.Entry<Double, Integer> e : durationHistogram.entrySet()) {
      double share = e.getValue() / (double) durations;
      if (share >= 0.005) {
        b.append(String.format(" %s:%.3f", e.getKey(), share));
      }
    }
    b.append('\n');
    return b.toString();
  }
}
