package dev.l2m.output;

import dev.l2m.score.Key;
import java.util.HashMap;
import java.util.Map;

/**
 * Which accidentals a bar needs: a pitch shows one when its alteration differs from the key
 * signature or from an earlier accidental on the same letter and octave in the bar. Notation
 * writers (MusicXML, ABC) keep one per bar: {@link #startBar()} at every bar line.
 */
public final class BarAccidentals {

  private final int[] signature = new int[7];
  private final Map<String, Integer> inBar = new HashMap<>();

  /** Starts with the key signature of {@code key}. */
  public BarAccidentals(Key key) {
    String sharpOrder = "FCGDAEB";
    for (int i = 0; i < key.fifths(); i++) {
      signature[letterIndex(sharpOrder.charAt(i))] = 1;
    }
    String flatOrder = "BEADGCF";
    for (int i = 0; i < -key.fifths(); i++) {
      signature[letterIndex(flatOrder.charAt(i))] = -1;
    }
  }

  /** Forgets the accidentals of the previous bar. */
  public void startBar() {
    inBar.clear();
  }

  /**
   * The alteration to print before {@code spelling}, or {@code null} when none is needed. A
   * note tied from the previous piece ({@code tiedIn}) never shows one and changes nothing: the
   * accidental of a tied note lasts through the tie only.
   */
  public Integer accidentalFor(Key.Spelling spelling, boolean tiedIn) {
    if (tiedIn) {
      return null;
    }
    String slot = spelling.step() + Integer.toString(spelling.octave());
    int current = inBar.getOrDefault(slot, signature[letterIndex(spelling.step())]);
    if (current == spelling.alter()) {
      return null;
    }
    inBar.put(slot, spelling.alter());
    return spelling.alter();
  }

  private static int letterIndex(char step) {
    return "CDEFGAB".indexOf(step);
  }
}
