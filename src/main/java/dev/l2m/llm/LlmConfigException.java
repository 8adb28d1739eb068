package dev.l2m.llm;

/** An LLM setting is invalid; the message names the setting and what to do. */
public final class LlmConfigException extends LlmUnavailableException {
  private static final long serialVersionUID = 1L;

  public LlmConfigException(String message) {
    super(FailureKind.CONFIGURATION, message);
  }

  public LlmConfigException(String message, Throwable cause) {
    super(FailureKind.CONFIGURATION, message, cause);
  }
}
