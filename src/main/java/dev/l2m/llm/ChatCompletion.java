package dev.l2m.llm;

import java.util.Objects;

/**
 * The first choice of a chat completion.
 *
 * @param content the message text (never null; an empty or null content is a failure)
 * @param finishReason why the model stopped ({@code stop}, {@code length}, ...), or empty
 * @param attempts HTTP attempts it took, retries included
 */
public record ChatCompletion(String content, String finishReason, int attempts) {
  public ChatCompletion {
    Objects.requireNonNull(content, "content");
    finishReason = finishReason == null ? "" : finishReason;
  }

  /** True when the model ran out of tokens and the answer is cut off. */
  public boolean truncated() {
    return finishReason.equals("length");
  }
}
