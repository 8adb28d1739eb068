package dev.l2m.batch;

/**
 * The batch as a whole cannot run or go on (an input that does not exist, a journal that cannot
 * be written). The message is one sentence for the user.
 */
public final class BatchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem stopped the batch, so the command can choose its exit code. */
  public enum Reason {
    /** The inputs or options are wrong. */
    USAGE,
    /** The output folder holds an earlier batch's journal and neither resume nor force was asked. */
    EARLIER_RUN,
    /** The journal, the report or the output folder cannot be written. */
    OUTPUT,
    /** The run was interrupted. */
    INTERRUPTED
  }

  private final Reason reason;

  public BatchException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public BatchException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
