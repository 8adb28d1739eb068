package dev.l2m.analysis;

import java.util.Locale;

/** Who decided the analysis. */
public enum AnalysisSource {
  /** The offline lexicon analyser. */
  OFFLINE,
  /** A language model over an OpenAI-compatible API. */
  LLM,
  /** The LLM failed and the offline analyser took over. */
  OFFLINE_FALLBACK;

  /** Lower-case name for JSON and messages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
