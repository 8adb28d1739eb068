package dev.l2m.llm;

import java.util.Objects;

/**
 * The model could not produce a usable analysis. The message is one sentence for the user (never
 * containing the API key); {@link #kind()} says why, for exit codes and {@code --json}.
 */
public class LlmUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final FailureKind kind;
  private final int httpStatus;

  public LlmUnavailableException(FailureKind kind, String message) {
    this(kind, message, 0, null);
  }

  public LlmUnavailableException(FailureKind kind, String message, Throwable cause) {
    this(kind, message, 0, cause);
  }

  /**
   * @param httpStatus the server's HTTP status, or 0 when there was no HTTP answer
   */
  public LlmUnavailableException(FailureKind kind, String message, int httpStatus, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.httpStatus = httpStatus;
  }

  /** The HTTP status the server answered with, or 0 when there was none. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Why the model was unusable. */
  public FailureKind kind() {
    return kind;
  }
}
