package dev.l2m.compose;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.EmotionProfile;
import dev.l2m.score.Key;
import dev.l2m.score.Mode;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Key, meter, tempo and singing window of a song: the user's choice first, then the analysis'
 * suggestion, then the emotion profile (its first entries being the most typical).
 *
 * @param key the key
 * @param time the meter
 * @param tempo quarter notes per minute
 * @param low lowest pitch the melody may use
 * @param high highest pitch the melody may use
 */
record Settings(Key key, TimeSignature time, int tempo, int low, int high) {

  static Settings choose(CompositionRequest request, SplittableRandom random) {
    EmotionProfile profile = request.profile();
    Analysis analysis = request.analysis();
    Key key = request.key() != null ? request.key() : analysis.suggestedKey();
    if (key == null) {
      key = chooseKey(profile, random);
    }
    TimeSignature time = request.time() != null ? request.time() : analysis.suggestedTime();
    if (time == null) {
      time = chooseTime(profile.meters(), random);
    }
    Integer tempo = request.tempo() != null ? request.tempo() : analysis.suggestedTempo();
    if (tempo == null) {
      int lo = Math.max(30, Math.min(profile.tempoMin(), profile.tempoMax()));
      int hi = Math.max(lo, profile.tempoMax());
      tempo = lo + random.nextInt(hi - lo + 1);
    }
    int bpm = Math.max(30, Math.min(300, tempo));
    int[] window = window(request.voice(), profile.register(), random);
    return new Settings(key, time, bpm, window[0], window[1]);
  }

  private static Key chooseKey(EmotionProfile profile, SplittableRandom random) {
    List<Mode> modes = profile.modes();
    Mode mode = Mode.MAJOR;
    if (!modes.isEmpty()) {
      mode = modes.size() == 1 || random.nextDouble() < 0.7
          ? modes.get(0)
          : modes.get(1 + random.nextInt(modes.size() - 1));
    }
    int tonic = 0;
    List<String> keys = profile.keys();
    if (!keys.isEmpty()) {
      String name = keys.get(random.nextInt(keys.size()));
      try {
        tonic = Key.parse(name).tonic();
      } catch (IllegalArgumentException e) {
        tonic = 0;
      }
    }
    return Key.of(tonic, mode);
  }

  private static TimeSignature chooseTime(List<String> meters, SplittableRandom random) {
    if (meters.isEmpty()) {
      return TimeSignature.COMMON;
    }
    String pick = meters.size() == 1 || random.nextDouble() < 0.6
        ? meters.get(0)
        : meters.get(1 + random.nextInt(meters.size() - 1));
    try {
      return TimeSignature.parse(pick);
    } catch (IllegalArgumentException e) {
      return TimeSignature.COMMON;
    }
  }

  /** A window of 14..18 semitones inside the voice, placed by the profile's register. */
  private static int[] window(Voice voice, String register, SplittableRandom random) {
    int room = voice.high() - voice.low();
    int width = Math.min(room, 14 + random.nextInt(5));
    int slack = room - width;
    int low;
    String r = register == null ? "middle" : register;
    switch (r) {
      case "low":
        low = voice.low() + random.nextInt(Math.min(2, slack) + 1);
        break;
      case "high":
        low = voice.high() - width - random.nextInt(Math.min(2, slack) + 1);
        break;
      default:
        low = voice.low() + slack / 2 + (slack >= 2 ? random.nextInt(3) - 1 : 0);
        break;
    }
    return new int[] {low, low + width};
  }
}
