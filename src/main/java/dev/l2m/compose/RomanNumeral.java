package dev.l2m.compose;

import dev.l2m.score.ChordQuality;
import dev.l2m.score.Key;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chord written as a Roman numeral relative to the key: {@code V}, {@code vi}, {@code bVII},
 * {@code ii7}, {@code vii°}. Upper case is a major triad, lower case a minor one.
 *
 * @param alteration -1 for a flat prefix, +1 for a sharp one, 0 for none
 * @param degree scale degree, 0-based (I = 0 .. VII = 6)
 * @param quality the chord's quality
 */
public record RomanNumeral(int alteration, int degree, ChordQuality quality) {

  private static final Pattern TEXT =
      Pattern.compile("^(b|#|♭|♯)?(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)(°|o|dim|\\+|aug|maj7|7|sus4)?$");
  private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII"};
  private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};

  public RomanNumeral {
    if (degree < 0 || degree > 6) {
      throw new IllegalArgumentException("scale degree out of range: " + degree);
    }
  }

  // Written out rather than generated: the composer compares numerals in every song, and linking
  // a record's generated equals on first use costs a CLI run about 5 ms of start-up.
  @Override
  public boolean equals(Object other) {
    return other instanceof RomanNumeral n
        && n.alteration == alteration
        && n.degree == degree
        && n.quality == quality;
  }

  @Override
  public int hashCode() {
    return (alteration * 31 + degree) * 31 + quality.hashCode();
  }

  /** The dominant triad (major, even in minor keys: the raised leading tone makes the cadence). */
  public static final RomanNumeral DOMINANT = new RomanNumeral(0, 4, ChordQuality.MAJOR);

  /**
   * Parses one numeral.
   *
   * @throws IllegalArgumentException with a message fit for the user when it is no numeral
   */
  public static RomanNumeral parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a Roman-numeral chord (examples: I, vi, bVII, V7)");
    }
    String acc = m.group(1);
    int alteration = acc == null ? 0 : (acc.equals("#") || acc.equals("♯")) ? 1 : -1;
    String numeral = m.group(2);
    int degree = indexOf(numeral.toUpperCase(Locale.ROOT));
    boolean upper = Character.isUpperCase(numeral.charAt(0));
    String suffix = m.group(3) == null ? "" : m.group(3);
    ChordQuality quality;
    switch (suffix) {
      case "°":
      case "o":
      case "dim":
        quality = ChordQuality.DIMINISHED;
        break;
      case "+":
      case "aug":
        quality = ChordQuality.AUGMENTED;
        break;
      case "maj7":
        quality = ChordQuality.MAJOR_SEVENTH;
        break;
      case "7":
        quality = upper ? ChordQuality.DOMINANT_SEVENTH : ChordQuality.MINOR_SEVENTH;
        break;
      case "sus4":
        quality = ChordQuality.SUSPENDED_FOURTH;
        break;
      default:
        quality = upper ? ChordQuality.MAJOR : ChordQuality.MINOR;
    }
    return new RomanNumeral(alteration, degree, quality);
  }

  private static int indexOf(String upperNumeral) {
    for (int i = 0; i < NUMERALS.length; i++) {
      if (NUMERALS[i].equals(upperNumeral)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown numeral " + upperNumeral);
  }

  /**
   * Pitch class of the root in {@code key}. Plain numerals follow the key's own scale (VII in
   * minor is a whole tone below the tonic); altered ones ({@code bVII}, {@code bII}) count from
   * the major scale, as lead-sheet writers mean them.
   */
  public int root(Key key) {
    int offset =
        alteration == 0 ? key.mode().semitones(degree) : MAJOR_SCALE[degree] + alteration;
    return Math.floorMod(key.tonic() + offset, 12);
  }

  /** True for the tonic triad (I or i). */
  public boolean isTonic() {
    return alteration == 0 && degree == 0;
  }
}
