package dev.l2m.analysis;

import dev.l2m.score.Mode;
import java.util.List;
import java.util.Objects;

/**
 * The musical parameters of one emotion, as read from the emotion map.
 *
 * @param name canonical name ("joyful")
 * @param synonyms other words that mean it
 * @param modes modes to choose from, most typical first
 * @param keys tonic names to choose from ("C", "G", "Bb")
 * @param tempoMin slowest tempo (quarter notes per minute)
 * @param tempoMax fastest tempo
 * @param register where in the voice the melody sits: low, middle or high
 * @param contour the phrase shape: arch, rising, falling, wave or flat
 * @param density 0 .. 1: how busy the rhythm is (more short notes as it grows)
 * @param velocity MIDI loudness of the melody 1..127
 * @param meters preferred time signatures ("4/4", "3/4", "6/8")
 * @param progressions harmonic palette as Roman numerals per phrase ("I V vi IV")
 * @param valence where it sits from -1 (negative) to 1 (positive), for the offline analyser
 * @param arousal where it sits from 0 (calm) to 1 (excited)
 */
public record EmotionProfile(
    String name,
    List<String> synonyms,
    List<Mode> modes,
    List<String> keys,
    int tempoMin,
    int tempoMax,
    String register,
    String contour,
    double density,
    int velocity,
    List<String> meters,
    List<String> progressions,
    double valence,
    double arousal) {

  public EmotionProfile {
    Objects.requireNonNull(name, "name");
    synonyms = List.copyOf(synonyms);
    modes = List.copyOf(modes);
    keys = List.copyOf(keys);
    meters = List.copyOf(meters);
    progressions = List.copyOf(progressions);
  }
}
