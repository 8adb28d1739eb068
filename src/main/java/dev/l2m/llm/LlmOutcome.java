package dev.l2m.llm;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis to compose with, and whether the model or the offline fallback produced it.
 *
 * @param analysis the analysis ({@code source} LLM, or OFFLINE_FALLBACK with the reason in its
 *     note)
 * @param fromCache true when a cached model answer was reused (no request was made)
 * @param failure why the model was not used, or null when it was
 * @param stanzas the model's mood per stanza; empty after a fallback
 */
public record LlmOutcome(
    Analysis analysis, boolean fromCache, FailureKind failure, List<StanzaMood> stanzas) {

  public LlmOutcome {
    Objects.requireNonNull(analysis, "analysis");
    stanzas = List.copyOf(stanzas);
  }

  /** True when the model's answer is used. */
  public boolean usedLlm() {
    return analysis.source() == AnalysisSource.LLM;
  }

  /** The reason the offline analysis took over (for {@code --json}), or empty. */
  public String fallbackReason() {
    return failure == null ? "" : analysis.note();
  }

  /** The one-line warning to show the user after a fallback, or empty. */
  public Optional<String> warning() {
    if (failure == null) {
      return Optional.empty();
    }
    return Optional.of("the LLM analysis failed (" + analysis.note() + "); composing with the"
        + " offline analysis");
  }
}
