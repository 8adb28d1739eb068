package dev.l2m.llm;

import java.util.Objects;

/**
 * The model's reading of one stanza.
 *
 * @param stanza 1-based stanza number
 * @param emotion a canonical name from the emotion map
 * @param intensity 0 .. 1
 */
public record StanzaMood(int stanza, String emotion, double intensity) {
  public StanzaMood {
    Objects.requireNonNull(emotion, "emotion");
  }
}
