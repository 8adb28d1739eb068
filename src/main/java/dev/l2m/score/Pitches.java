package dev.l2m.score;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading pitch names such as "C4", "F#3", "Bb5" or plain MIDI numbers. */
public final class Pitches {
  private static final Pattern NAME = Pattern.compile("^([a-g])(#|b)?(-?\\d)$");

  private Pitches() {}

  /** MIDI number of a pitch name (middle C = C4 = 60) or of a number 0..127. */
  public static int parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.matches("\\d{1,3}")) {
      int n = Integer.parseInt(t);
      if (n > 127) {
        throw new IllegalArgumentException("MIDI pitch out of range: " + n);
      }
      return n;
    }
    Matcher m = NAME.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a pitch (examples: C4, F#3, 60)");
    }
    int pc = new int[] {9, 11, 0, 2, 4, 5, 7}[m.group(1).charAt(0) - 'a'];
    int alter = m.group(2) == null ? 0 : m.group(2).equals("#") ? 1 : -1;
    int midi = (Integer.parseInt(m.group(3)) + 1) * 12 + pc + alter;
    if (midi < 0 || midi > 127) {
      throw new IllegalArgumentException("pitch out of range: " + text);
    }
    return midi;
  }
}
