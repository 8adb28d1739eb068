package dev.l2m.config;

/** A command-line option has a value l2m cannot use: a usage error. */
public final class FlagValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public FlagValueException(String message, Throwable cause) {
    super(message, cause);
  }
}
