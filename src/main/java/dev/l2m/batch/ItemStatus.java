package dev.l2m.batch;

import java.util.Locale;

/** How one item ended. */
public enum ItemStatus {
  /** Its files were written in this run. */
  OK,
  /** It could not be made; the error says why. */
  FAILED,
  /** An earlier run of the same batch already made it ({@code --resume}). */
  SKIPPED;

  /** The lower-case name used in the report and the journal. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
