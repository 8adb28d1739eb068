package dev.l2m.lyrics;

import java.util.List;
import java.util.Objects;

/**
 * A block of lines separated from the next by a blank line.
 *
 * @param section its label from a tag such as {@code [Chorus]}, or empty
 * @param lines its lines, at least one
 */
public record Stanza(String section, List<Line> lines) {
  public Stanza {
    Objects.requireNonNull(section, "section");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a stanza needs at least one line");
    }
  }
}
