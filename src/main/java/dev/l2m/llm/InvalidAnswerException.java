package dev.l2m.llm;

/** The model's answer broke the contract; the message lists what is wrong (fed back to it). */
public final class InvalidAnswerException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidAnswerException(String message) {
    super(message);
  }
}
