package dev.l2m.llm;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import java.util.List;
import java.util.Objects;

/**
 * A validated answer of the model: every emotion is a canonical name from the emotion map and
 * every number is within its range.
 *
 * @param emotion overall emotion
 * @param valence -1 .. 1
 * @param arousal 0 .. 1
 * @param confidence 0 .. 1
 * @param emphasis lower-case words that occur in the lyrics
 * @param key suggested key, or null
 * @param tempo suggested tempo, or null
 * @param meter suggested meter, or null
 * @param stanzas one mood per stanza, in order
 */
public record LlmAnswer(
    String emotion,
    double valence,
    double arousal,
    double confidence,
    List<String> emphasis,
    Key key,
    Integer tempo,
    TimeSignature meter,
    List<StanzaMood> stanzas) {

  public LlmAnswer {
    Objects.requireNonNull(emotion, "emotion");
    emphasis = List.copyOf(emphasis);
    stanzas = List.copyOf(stanzas);
  }

  /** The analysis the composer reads, marked as coming from the LLM. */
  public Analysis toAnalysis(String note) {
    return new Analysis(emotion, valence, arousal, confidence, AnalysisSource.LLM, emphasis, key,
        tempo, meter, note);
  }
}
