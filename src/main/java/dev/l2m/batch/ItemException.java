package dev.l2m.batch;

/** One item cannot be made; the batch records the message and goes on. */
public final class ItemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ItemException(String message) {
    super(message);
  }

  public ItemException(String message, Throwable cause) {
    super(message, cause);
  }
}
