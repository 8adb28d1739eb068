package dev.l2m.analysis;

import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import java.util.List;
import java.util.Objects;

/**
 * What the lyrics feel like and what that suggests musically. Suggestions are optional (null)
 * and always lose to the user's own flags.
 *
 * @param emotion a name from the emotion map
 * @param valence -1 (negative) .. 1 (positive)
 * @param arousal 0 (calm) .. 1 (excited)
 * @param confidence 0 .. 1, how sure the analyser is
 * @param source who decided
 * @param emphasis words worth a high or long note (lower case), possibly empty
 * @param suggestedKey a key the analyser recommends, or null
 * @param suggestedTempo a tempo the analyser recommends, or null
 * @param suggestedTime a meter the analyser recommends, or null
 * @param note why the source is what it is (for example the reason an LLM answer was rejected),
 *     or empty
 */
public record Analysis(
    String emotion,
    double valence,
    double arousal,
    double confidence,
    AnalysisSource source,
    List<String> emphasis,
    Key suggestedKey,
    Integer suggestedTempo,
    TimeSignature suggestedTime,
    String note) {

  public Analysis {
    Objects.requireNonNull(emotion, "emotion");
    Objects.requireNonNull(source, "source");
    emphasis = List.copyOf(emphasis);
    note = note == null ? "" : note;
    if (valence < -1 || valence > 1 || arousal < 0 || arousal > 1) {
      throw new IllegalArgumentException("valence/arousal out of range");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of range");
    }
  }

  /** The same analysis with another emotion (the user's {@code --emotion} wins). */
  public Analysis withEmotion(String newEmotion) {
    return new Analysis(
        newEmotion, valence, arousal, 1.0, source, emphasis, suggestedKey, suggestedTempo,
        suggestedTime, note);
  }
}
