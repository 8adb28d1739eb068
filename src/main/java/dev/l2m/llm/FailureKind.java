package dev.l2m.llm;

import java.util.Locale;

/** Why the model could not be used; recorded in {@code --json} and used to pick exit codes. */
public enum FailureKind {
  /** A setting is wrong (base URL, key, model). */
  CONFIGURATION,
  /** The server rejected the API key (HTTP 401 or 403). */
  AUTHENTICATION,
  /** The account has no quota left (HTTP 429 insufficient_quota). */
  QUOTA,
  /** Rate limited or overloaded and the retries ran out. */
  RATE_LIMITED,
  /** The server failed (5xx) and the retries ran out. */
  SERVER_ERROR,
  /** The request itself was refused (HTTP 400, 404, 422). */
  REJECTED,
  /** No answer within the time allowed. */
  TIMEOUT,
  /** The connection failed. */
  NETWORK,
  /** The reply was not a chat completion (HTML, malformed JSON, no choices, too large). */
  BAD_RESPONSE,
  /** The model's answer failed validation, also after one repair round. */
  INVALID_ANSWER,
  /** Too many recent failures: l2m stopped calling the endpoint for a while. */
  CIRCUIT_OPEN,
  /** The call was interrupted. */
  INTERRUPTED;

  /** Lower-case, hyphenated name for JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
