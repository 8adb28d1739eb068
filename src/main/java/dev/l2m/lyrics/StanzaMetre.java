package dev.l2m.lyrics;

import java.util.List;
import java.util.Objects;

/**
 * The syllable counts of a stanza's lines, spoken and sung, and what the metre fitter concluded.
 *
 * @param stanza 1-based stanza number
 * @param spokenCounts syllables per line with every word in its spoken form
 * @param sungCounts syllables per line as sung
 * @param regular true when the lyric's lines reveal a regular metre that this stanza follows
 * @param explanation one sentence for a person
 */
public record StanzaMetre(
    int stanza,
    List<Integer> spokenCounts,
    List<Integer> sungCounts,
    boolean regular,
    String explanation) {
  public StanzaMetre {
    spokenCounts = List.copyOf(spokenCounts);
    sungCounts = List.copyOf(sungCounts);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The sung counts in hymn-book style, such as "8.6.8.6". */
  public String pattern() {
    return String.join(".", sungCounts.stream().map(String::valueOf).toList());
  }
}
