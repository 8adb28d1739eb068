package dev.l2m.cli;

/**
 * A failure the user can act on, carrying its exit code. Thrown from commands; the factory's
 * handler prints the message as one line on stderr and exits with the code.
 */
public final class L2mException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public L2mException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public L2mException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
