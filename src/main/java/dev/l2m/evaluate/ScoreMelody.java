package dev.l2m.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * The melody of a score's first part, as {@link MusicXmlReader} extracts it.
 *
 * @param title the work or movement title, or empty
 * @param measures the bars in order
 * @param notes notes and rests of the melody voice in time order
 */
public record ScoreMelody(String title, List<ScoreMeasure> measures, List<ScoreNote> notes) {
  public ScoreMelody {
    Objects.requireNonNull(title, "title");
    measures = List.copyOf(measures);
    notes = List.copyOf(notes);
  }

  /** The bar a note belongs to. */
  public ScoreMeasure measureOf(ScoreNote note) {
    return measures.get(note.measure());
  }

  /** True when the first bar is a pickup. */
  public boolean hasPickup() {
    return !measures.isEmpty() && measures.get(0).pickup();
  }
}
