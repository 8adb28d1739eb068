package dev.l2m.lyrics;

import java.util.List;
import java.util.Objects;

/**
 * Lyrics with the record of how they were read: which words took a sung form and why, and the
 * metre of each stanza. {@code l2m analyze} shows all of it.
 *
 * @param lyrics the lyrics, as the composer sets them
 * @param sungForms words sung in a form other than the spoken one
 * @param metres one per stanza
 */
public record ParsedLyrics(Lyrics lyrics, List<SungFormChoice> sungForms, List<StanzaMetre> metres) {
  public ParsedLyrics {
    Objects.requireNonNull(lyrics, "lyrics");
    sungForms = List.copyOf(sungForms);
    metres = List.copyOf(metres);
  }
}
