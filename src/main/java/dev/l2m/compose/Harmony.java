package dev.l2m.compose;

import dev.l2m.score.ChordQuality;
import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import java.util.ArrayList;
import java.util.List;

/** Lays a progression over a phrase and bends its end into the cadence the phrase needs. */
final class Harmony {

  private Harmony() {}

  /** Parses "I V vi IV"; an unreadable palette entry falls back to I IV V I. */
  static List<RomanNumeral> parseProgression(String text) {
    List<RomanNumeral> out = new ArrayList<>();
    try {
      for (String token : text.trim().split("[\\s\\-–,]+")) {
        if (!token.isEmpty()) {
          out.add(RomanNumeral.parse(token));
        }
      }
    } catch (IllegalArgumentException e) {
      out.clear();
    }
    if (out.isEmpty()) {
      for (String t : new String[] {"I", "IV", "V", "I"}) {
        out.add(RomanNumeral.parse(t));
      }
    }
    return out;
  }

  /** The tonic triad in the key's mode. */
  static RomanNumeral tonic(Key key) {
    return new RomanNumeral(
        0, 0, key.mode().isMajorLike() ? ChordQuality.MAJOR : ChordQuality.MINOR);
  }

  /**
   * Chords for a phrase of {@code bars} bars: one per bar (two per bar in four-beat meters for
   * short phrases), the progression cycling, the last chords turned into the cadence.
   */
  static List<ChordSlot> layOut(
      List<RomanNumeral> progression, int bars, TimeSignature time, Cadence cadence, Key key,
      int lastOnset) {
    int bar = time.measureTicks();
    int perBar = time.feltBeats() >= 4 && bars <= 2 ? 2 : 1;
    int count = bars * perBar;
    int span = bar / perBar;
    if (bars >= 8) {
      // long phrases (long lines) change chord every two bars
      count = bars / 2;
      span = 2 * bar;
    }
    List<RomanNumeral> seq = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      seq.add(progression.get(i % progression.size()));
    }
    if (count == 2 && progression.size() > 2) {
      seq.set(1, progression.get(progression.size() - 1));
    }
    // the cadence chord arrives with the phrase's last syllable and lasts to its end
    int arrival = Math.max(0, Math.min(count - 1, lastOnset / span));
    switch (cadence) {
      case CLOSED:
        for (int i = arrival; i < count; i++) {
          seq.set(i, tonic(key));
        }
        if (arrival >= 1) {
          seq.set(arrival - 1, RomanNumeral.DOMINANT);
        }
        break;
      case HALF:
        for (int i = arrival; i < count; i++) {
          seq.set(i, RomanNumeral.DOMINANT);
        }
        break;
      default:
        for (int i = arrival + 1; i < count; i++) {
          seq.set(i, seq.get(arrival));
        }
        break;
    }
    // a chord held over several slots is one chord symbol
    List<ChordSlot> slots = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!slots.isEmpty() && slots.get(slots.size() - 1).numeral().equals(seq.get(i))) {
        ChordSlot last = slots.remove(slots.size() - 1);
        slots.add(new ChordSlot(last.start(), last.duration() + span, last.numeral()));
      } else {
        slots.add(new ChordSlot(i * span, span, seq.get(i)));
      }
    }
    return slots;
  }
}
