package dev.l2m.evaluate;

import java.util.Objects;

/**
 * The outcome of evaluating one file: a report, or the reason it could not be read.
 *
 * @param source the file as the user named it
 * @param report its metrics, or null when it could not be read
 * @param error a one-sentence reason, or null when it was read
 */
public record Evaluation(String source, SongReport report, String error) {
  public Evaluation {
    Objects.requireNonNull(source, "source");
    if ((report == null) == (error == null)) {
      throw new IllegalArgumentException("an evaluation has either a report or an error");
    }
  }

  /** True when the file was read and measured. */
  public boolean succeeded() {
    return report != null;
  }
}
