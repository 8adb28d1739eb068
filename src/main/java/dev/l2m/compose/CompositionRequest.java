package dev.l2m.compose;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.EmotionProfile;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.util.Objects;

/**
 * Everything the composer needs. The composer is a pure function of this request.
 *
 * @param lyrics the parsed lyrics
 * @param analysis what they feel like (emphasis words, suggestions)
 * @param profile the emotion's musical parameters
 * @param key the key, or null to choose one from the profile (and the analysis' suggestion)
 * @param time the meter, or null to choose one
 * @param tempo quarter notes per minute, or null to choose one
 * @param voice the singer's range
 * @param chords whether to write chord symbols / accompaniment
 * @param seed the random seed: same request, same song
 * @param title the song's title
 */
public record CompositionRequest(
    Lyrics lyrics,
    Analysis analysis,
    EmotionProfile profile,
    Key key,
    TimeSignature time,
    Integer tempo,
    Voice voice,
    boolean chords,
    long seed,
    String title) {
  public CompositionRequest {
    Objects.requireNonNull(lyrics, "lyrics");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(title, "title");
  }
}
