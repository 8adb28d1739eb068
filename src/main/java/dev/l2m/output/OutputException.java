package dev.l2m.output;

/**
 * Output could not be written. The {@link Reason} lets the CLI choose an exit code; the message
 * is one sentence for the user.
 */
public final class OutputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the output was not written. */
  public enum Reason {
    /** The base name is not a plain, portable file name (a usage error). */
    BAD_NAME,
    /** A target file exists and overwriting was not allowed (refused). */
    ALREADY_EXISTS,
    /** The directory or a file could not be created or written (an I/O error). */
    CANNOT_WRITE
  }

  private final Reason reason;

  public OutputException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public OutputException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why the output was not written. */
  public Reason reason() {
    return reason;
  }
}
