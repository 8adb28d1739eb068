package dev.l2m.score;

import java.util.Locale;

/**
 * A singer's comfortable range (MIDI numbers, inclusive).
 *
 * @param name "soprano", "alto", ... or "custom"
 * @param low lowest pitch
 * @param high highest pitch
 */
public record Voice(String name, int low, int high) {

  public static final Voice SOPRANO = new Voice("soprano", 60, 79); // C4..G5
  public static final Voice ALTO = new Voice("alto", 55, 74); // G3..D5
  public static final Voice TENOR = new Voice("tenor", 48, 67); // C3..G4
  public static final Voice BASS = new Voice("bass", 41, 60); // F2..C4

  public Voice {
    if (low < 0 || high > 127 || high - low < 12) {
      throw new IllegalArgumentException(
          "a voice range needs at least an octave inside 0..127: " + low + ".." + high);
    }
  }

  /** Written an octave higher than it sounds (tenor, bass read treble clef 8vb / bass clef). */
  public boolean usesBassClef() {
    return high <= 64;
  }

  /**
   * Parses "soprano", "alto", "tenor", "bass" (also "baritone", "mezzo") or a range such as
   * "C4-G5" / "60-79".
   */
  public static Voice parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "soprano":
        return SOPRANO;
      case "mezzo":
      case "mezzo-soprano":
        return new Voice("mezzo-soprano", 57, 77);
      case "alto":
      case "contralto":
        return ALTO;
      case "tenor":
        return TENOR;
      case "baritone":
        return new Voice("baritone", 45, 64);
      case "bass":
        return BASS;
      default:
        break;
    }
    String[] parts = t.split("\\s*(?:-|\\.\\.|–)\\s*");
    if (parts.length == 2) {
      try {
        return new Voice("custom", Pitches.parse(parts[0]), Pitches.parse(parts[1]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(badVoice(text), e);
      }
    }
    throw new IllegalArgumentException(badVoice(text));
  }

  private static String badVoice(String text) {
    return "'"
        + text
        + "' is not a voice (use soprano, alto, tenor, bass, or a range of at least an octave"
        + " such as C4-A5)";
  }
}
