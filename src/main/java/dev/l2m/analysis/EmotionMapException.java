package dev.l2m.analysis;

/** The emotion map is unreadable or says something impossible; the message names the problem. */
public final class EmotionMapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmotionMapException(String message) {
    super(message);
  }

  public EmotionMapException(String message, Throwable cause) {
    super(message, cause);
  }
}
