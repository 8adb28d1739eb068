package dev.l2m.pipeline;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.Analyzer;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.EmotionProfile;
import dev.l2m.compose.Composer;
import dev.l2m.compose.CompositionRequest;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.score.Song;

/**
 * Lyrics text to score: parse once, analyse, resolve the emotion, compose. Shared by {@code
 * generate} and {@code batch}; writing files is the caller's step.
 */
public final class SongPipeline {
  private final LyricsParser parser;
  private final Analyzer analyzer;
  private final EmotionMap emotions;

  public SongPipeline(LyricsParser parser, Analyzer analyzer, EmotionMap emotions) {
    this.parser = parser;
    this.analyzer = analyzer;
    this.emotions = emotions;
  }

  /**
   * Makes one song.
   *
   * @throws dev.l2m.lyrics.LyricsException for unusable lyrics
   * @throws IllegalArgumentException for an unknown emotion (the message lists the known ones)
   */
  public Generation generate(GenerationRequest request) {
    Lyrics lyrics = parser.parse(request.lyricsText());
    // resolve a user-named emotion before any (possibly remote) analysis, so a typo fails fast
    EmotionProfile chosen = request.emotion() == null ? null : emotions.resolve(request.emotion());
    Analysis analysis = analyzer.analyze(lyrics);
    EmotionProfile profile = chosen != null ? chosen : emotions.resolve(analysis.emotion());
    if (chosen != null) {
      analysis = analysis.withEmotion(chosen.name());
    }
    Song song =
        Composer.compose(
            new CompositionRequest(
                lyrics, analysis, profile, request.key(), request.time(), request.tempo(),
                request.voice(), request.chords(), request.seed(), request.title()));
    return new Generation(lyrics, analysis, profile, song, request.seed());
  }
}
