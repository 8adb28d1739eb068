package dev.l2m.score;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tonic pitch class, a mode and the spelling of the tonic (which decides sharps or flats).
 *
 * @param tonic pitch class of the tonic, 0 = C .. 11 = B
 * @param mode the scale
 * @param fifths key signature: sharps (positive) or flats (negative), -7..7
 */
public record Key(int tonic, Mode mode, int fifths) {

  private static final String[] SHARP_NAMES = {
    "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"
  };
  private static final String[] FLAT_NAMES = {
    "C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"
  };
  private static final int[] LETTER_PC = {0, 2, 4, 5, 7, 9, 11};
  private static final String LETTERS = "CDEFGAB";
  private static final Pattern KEY_TEXT =
      Pattern.compile("(?i)^\\s*([a-g])\\s*(#|♯|b|♭|sharp|flat)?\\s*(.*?)\\s*$");

  public Key {
    if (tonic < 0 || tonic > 11) {
      throw new IllegalArgumentException("tonic pitch class out of range: " + tonic);
    }
    if (fifths < -7 || fifths > 7) {
      throw new IllegalArgumentException("key signature out of range: " + fifths);
    }
  }

  /** The key on {@code tonic} in {@code mode}, spelled with the fewest accidentals. */
  public static Key of(int tonic, Mode mode) {
    int pc = Math.floorMod(tonic, 12);
    // fifths of the major key on this pitch class, choosing the smaller signature (F# over Gb
    // ties to sharps)
    int majorFifths = Math.floorMod(pc * 7, 12);
    if (majorFifths > 6) {
      majorFifths -= 12;
    }
    int f = majorFifths + mode.fifthsOffset();
    if (f > 6) {
      f -= 12;
    } else if (f < -6) {
      f += 12;
    }
    return new Key(pc, mode, f);
  }

  /**
   * Parses a key as people write it: {@code D}, {@code F#m}, {@code Bb major}, {@code c minor},
   * {@code E dorian}. A bare lower- or upper-case letter is major; {@code m} alone means minor.
   *
   * @throws IllegalArgumentException with a message fit for the user when the text is no key
   */
  public static Key parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no key given");
    }
    Matcher m = KEY_TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a key (examples: C, F#m, Bb major, D minor)");
    }
    char letter = Character.toUpperCase(m.group(1).charAt(0));
    String acc = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    int alter = acc.isEmpty() ? 0 : (acc.equals("#") || acc.equals("♯") || acc.equals("sharp")) ? 1 : -1;
    String rest = m.group(3);
    // "Bm" splits as B + "m"; "Bbm" as B + b + "m": the regex is greedy on the accidental,
    // which is what we want except for "b" alone meaning the note B (handled by the letter).
    Mode mode = rest.isEmpty() ? Mode.MAJOR : parseMode(text, rest);
    int pc = Math.floorMod(LETTER_PC[LETTERS.indexOf(letter)] + alter, 12);
    int letterFifths = new int[] {0, 2, 4, -1, 1, 3, 5}[LETTERS.indexOf(letter)];
    int f = letterFifths + 7 * alter + mode.fifthsOffset();
    if (f < -7 || f > 7) {
      return Key.of(pc, mode);
    }
    return new Key(pc, mode, f);
  }

  private static Mode parseMode(String whole, String rest) {
    try {
      return Mode.parse(rest);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + whole + "' is not a key (examples: C, F#m, Bb major, D minor)", e);
    }
  }

  /** True when the signature uses flats, which decides how chromatic notes are spelled. */
  public boolean prefersFlats() {
    return fifths < 0;
  }

  /** Pitch class of scale degree {@code degree} (0-based; may be negative or above 6). */
  public int pitchClassOf(int degree) {
    return Math.floorMod(tonic + mode.semitones(degree), 12);
  }

  /** True when the pitch class (0..11) of {@code midi} belongs to this key's scale. */
  public boolean contains(int midi) {
    return degreeOf(midi) >= 0;
  }

  /** Scale degree (0..6) of {@code midi}, or -1 when it is outside the scale. */
  public int degreeOf(int midi) {
    int rel = Math.floorMod(midi - tonic, 12);
    for (int d = 0; d < 7; d++) {
      if (mode.semitones(d) == rel) {
        return d;
      }
    }
    return -1;
  }

  /** The tonic's name as written ("F#", "Bb"). */
  public String tonicName() {
    return spell(tonic).name();
  }

  /** "F# minor", "Bb major". */
  public String displayName() {
    return tonicName() + " " + mode.xmlName();
  }

  @Override
  public String toString() {
    return displayName();
  }

  /**
   * How a pitch is written in this key: letter, alteration and octave (MusicXML/ABC both need
   * it). Scale notes take the key's own letters; others take sharps in sharp keys and flats in
   * flat keys.
   */
  public Spelling spell(int midi) {
    int pc = Math.floorMod(midi, 12);
    // The letters used by the key signature: walk the circle of fifths.
    int[] alterByLetter = new int[7];
    String sharpOrder = "FCGDAEB";
    for (int i = 0; i < fifths; i++) {
      alterByLetter[LETTERS.indexOf(sharpOrder.charAt(i))] = 1;
    }
    String flatOrder = "BEADGCF";
    for (int i = 0; i < -fifths; i++) {
      alterByLetter[LETTERS.indexOf(flatOrder.charAt(i))] = -1;
    }
    for (int l = 0; l < 7; l++) {
      if (Math.floorMod(LETTER_PC[l] + alterByLetter[l], 12) == pc) {
        return spelling(l, alterByLetter[l], midi);
      }
    }
    // the leading tone (and the raised sixth of minor-like modes) is a scale letter raised:
    // C# in D minor, F## in G# minor, never Db or G
    int rel = Math.floorMod(pc - tonic, 12);
    if (rel == 11 || (!mode.isMajorLike() && rel == 9)) {
      for (int l = 0; l < 7; l++) {
        if (Math.floorMod(LETTER_PC[l] + alterByLetter[l] + 1, 12) == pc) {
          return spelling(l, alterByLetter[l] + 1, midi);
        }
      }
    }
    String name = (prefersFlats() ? FLAT_NAMES : SHARP_NAMES)[pc];
    int l = LETTERS.indexOf(name.charAt(0));
    int alter = name.length() == 1 ? 0 : name.charAt(1) == '#' ? 1 : -1;
    return spelling(l, alter, midi);
  }

  private static Spelling spelling(int letterIndex, int alter, int midi) {
    // the octave belongs to the letter: B#3 sounds as C4, Cb4 as B3
    int natural = LETTER_PC[letterIndex] + alter;
    int octave = (midi - natural) / 12 - 1;
    return new Spelling(LETTERS.charAt(letterIndex), alter, octave);
  }

  /**
   * A written pitch.
   *
   * @param step letter A..G
   * @param alter -1 flat, 0 natural, +1 sharp (+2 for a leading tone in a five-sharp minor key)
   * @param octave scientific octave (middle C = C4)
   */
  public record Spelling(char step, int alter, int octave) {
    /** "C#", "Bb", "E" ("F##" for the rare double sharp). */
    public String name() {
      return step + (alter > 0 ? "#".repeat(alter) : "b".repeat(-alter));
    }
  }
}
