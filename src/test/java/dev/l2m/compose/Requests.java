package dev.l2m.compose;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.EmotionProfile;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.util.List;

/** Building composition requests in tests. */
final class Requests {
  static final EmotionMap MAP = EmotionMap.bundled();

  private Requests() {}

  static CompositionRequest of(Lyrics lyrics, String emotion, long seed) {
    return of(lyrics, emotion, null, null, Voice.SOPRANO, true, seed);
  }

  static CompositionRequest of(
      Lyrics lyrics, String emotion, Key key, TimeSignature time, Voice voice, boolean chords,
      long seed) {
    EmotionProfile profile = MAP.resolve(emotion);
    Analysis analysis = new Analysis(
        profile.name(), profile.valence(), profile.arousal(), 1.0, AnalysisSource.OFFLINE,
        List.of(), null, null, null, "");
    return new CompositionRequest(
        lyrics, analysis, profile, key, time, null, voice, chords, seed, "Test");
  }
}
