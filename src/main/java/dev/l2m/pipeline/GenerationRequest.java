package dev.l2m.pipeline;

import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.util.Objects;

/**
 * One song to make: the lyrics text and the user's musical choices (null = let l2m choose).
 *
 * @param lyricsText the raw lyrics
 * @param title the song title
 * @param key key, or null
 * @param time meter, or null
 * @param tempo tempo, or null
 * @param emotion emotion name or synonym, or null to analyse the lyrics
 * @param voice the singer's range
 * @param chords chord symbols and accompaniment on or off
 * @param seed the random seed
 */
public record GenerationRequest(
    String lyricsText,
    String title,
    Key key,
    TimeSignature time,
    Integer tempo,
    String emotion,
    Voice voice,
    boolean chords,
    long seed) {
  public GenerationRequest {
    Objects.requireNonNull(lyricsText, "lyricsText");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(voice, "voice");
  }
}
