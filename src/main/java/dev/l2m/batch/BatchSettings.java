package dev.l2m.batch;

import dev.l2m.config.Settings;
import dev.l2m.pipeline.GenerationRequest;
import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.util.Map;
import java.util.Objects;

/**
 * The musical choices that apply to every item unless the item names its own (null = let l2m
 * choose).
 *
 * @param key key, or null
 * @param time meter, or null
 * @param tempo tempo, or null
 * @param emotion emotion, or null to analyse each item's lyrics
 * @param voice the voice
 * @param chords chord symbols and accompaniment
 * @param seed one seed for all items, or null to derive each item's seed from its lyrics
 */
public record BatchSettings(
    Key key, TimeSignature time, Integer tempo, String emotion, Voice voice, boolean chords, Long seed) {

  public BatchSettings {
    Objects.requireNonNull(voice, "voice");
  }

  /**
   * These settings with an item's own values applied, parsed exactly like the command's flags.
   *
   * @throws ItemException naming the option and what is wrong with its value
   */
  public BatchSettings with(Map<String, String> options) {
    Key k = key;
    TimeSignature t = time;
    Integer bpm = tempo;
    String e = emotion;
    Voice v = voice;
    boolean c = chords;
    Long s = seed;
    for (Map.Entry<String, String> o : options.entrySet()) {
      String value = o.getValue();
      try {
        switch (o.getKey()) {
          case "key" -> k = Settings.KEY.parser().apply(value);
          case "time" -> t = Settings.TIME.parser().apply(value);
          case "tempo" -> bpm = Settings.TEMPO.parser().apply(value);
          case "emotion" -> e = Settings.EMOTION.parser().apply(value);
          case "voice" -> v = Settings.VOICE.parser().apply(value);
          case "chords" -> c = Settings.CHORDS.parser().apply(value);
          case "seed" -> s = parseSeed(value);
          default -> {
            // other fields (artist, notes...) are the user's own columns: not ours to judge
          }
        }
      } catch (IllegalArgumentException ex) {
        throw new ItemException("bad " + o.getKey() + " '" + value + "': " + ex.getMessage(), ex);
      }
    }
    return new BatchSettings(k, t, bpm, e, v, c, s);
  }

  private static long parseSeed(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a seed is a whole number", e);
    }
  }

  /** The pipeline request for {@code lyrics} with these settings. */
  GenerationRequest request(String lyrics, String title, long seedToUse) {
    return new GenerationRequest(lyrics, title, key, time, tempo, emotion, voice, chords, seedToUse);
  }
}
