package dev.l2m.compose;

import dev.l2m.score.ChordQuality;
import dev.l2m.score.Key;
import dev.l2m.score.Mode;
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

  /**
   * The chord a numeral should sound as in {@code key}. A palette is written for major or minor,
   * but the key may be dorian, mixolydian, or a mode the user forced: a plain numeral whose
   * written quality would bring notes from outside the key takes the key's own triad on that
   * degree instead (a diminished one, unless asked for, gives way to the chord a third below,
   * which shares two of its notes). Borrowed chords ({@code bVII}, {@code bII}) are deliberate
   * colour and stay; so does the major dominant in minor and dorian, whose raised leading tone
   * makes the cadence.
   */
  static RomanNumeral fit(RomanNumeral numeral, Key key) {
    if (numeral.alteration() != 0 || fitsKey(numeral, key)) {
      return numeral;
    }
    boolean minorLike = key.mode() == Mode.MINOR || key.mode() == Mode.DORIAN;
    if (minorLike && numeral.degree() == 4 && numeral.quality() == ChordQuality.MAJOR
        || minorLike && numeral.degree() == 4 && numeral.quality() == ChordQuality.DOMINANT_SEVENTH) {
      return numeral;
    }
    ChordQuality own = diatonicTriad(key, numeral.degree());
    if (own == ChordQuality.DIMINISHED && numeral.quality() != ChordQuality.DIMINISHED) {
      int below = Math.floorMod(numeral.degree() - 2, 7);
      return new RomanNumeral(0, below, diatonicTriad(key, below));
    }
    return new RomanNumeral(0, numeral.degree(), own);
  }

  private static boolean fitsKey(RomanNumeral numeral, Key key) {
    int root = numeral.root(key);
    for (int iv : numeral.quality().intervals()) {
      if (!key.contains(root + iv)) {
        return false;
      }
    }
    return true;
  }

  /** The triad built from the key's own scale on {@code degree}. */
  static ChordQuality diatonicTriad(Key key, int degree) {
    int root = key.mode().semitones(degree);
    int third = Math.floorMod(key.mode().semitones(degree + 2) - root, 12);
    int fifth = Math.floorMod(key.mode().semitones(degree + 4) - root, 12);
    if (third == 4) {
      return fifth == 8 ? ChordQuality.AUGMENTED : ChordQuality.MAJOR;
    }
    return fifth == 6 ? ChordQuality.DIMINISHED : ChordQuality.MINOR;
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
    for (int i = 0; i < count; i++) {
      seq.set(i, fit(seq.get(i), key));
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
