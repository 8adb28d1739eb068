package dev.l2m.llm;

/** The server refused the API key (HTTP 401/403): the user should check {@code L2M_API_KEY}. */
public final class LlmAuthException extends LlmUnavailableException {
  private static final long serialVersionUID = 1L;

  public LlmAuthException(String message, int httpStatus) {
    super(FailureKind.AUTHENTICATION, message, httpStatus, null);
  }
}
