package dev.l2m.output;

import dev.l2m.score.Ticks;
import java.util.List;

/**
 * A written note value: a plain or dotted whole, half, quarter, eighth, 16th or 32nd.
 *
 * @param type the MusicXML {@code <type>} name ("quarter", "eighth", "16th")
 * @param baseTicks length of the undotted value in ticks
 * @param dots 0 or 1
 */
public record NoteValue(String type, int baseTicks, int dots) {

  private static final int Q = Ticks.PER_QUARTER;

  /** Every value the layout writes, longest first. */
  public static final List<NoteValue> ALL =
      List.of(
          new NoteValue("whole", 4 * Q, 1),
          new NoteValue("whole", 4 * Q, 0),
          new NoteValue("half", 2 * Q, 1),
          new NoteValue("half", 2 * Q, 0),
          new NoteValue("quarter", Q, 1),
          new NoteValue("quarter", Q, 0),
          new NoteValue("eighth", Q / 2, 1),
          new NoteValue("eighth", Q / 2, 0),
          new NoteValue("16th", Q / 4, 1),
          new NoteValue("16th", Q / 4, 0),
          new NoteValue("32nd", Q / 8, 0));

  public NoteValue {
    if (dots < 0 || dots > 1) {
      throw new IllegalArgumentException("only single dots are written: " + dots);
    }
  }

  /** Sounding length in ticks (a dot adds half the base value). */
  public int ticks() {
    return dots == 0 ? baseTicks : baseTicks + baseTicks / 2;
  }

  /** Length counted in 32nd notes (a quarter is 8), handy for ABC's unit-length arithmetic. */
  public int inThirtySeconds() {
    return ticks() / (Q / 8);
  }
}
