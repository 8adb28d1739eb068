package dev.l2m.batch;

/**
 * The batch as a whole cannot run or go on (an input that does not exist, a journal that cannot
 * be written). The message is one sentence for the user.
 */
public final class BatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BatchException(String message) {
    super(message);
  }

  public BatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
