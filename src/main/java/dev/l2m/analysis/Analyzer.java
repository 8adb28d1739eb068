package dev.l2m.analysis;

import dev.l2m.lyrics.Lyrics;

/** Decides what lyrics feel like. Two implementations: the offline lexicon and an LLM. */
@FunctionalInterface
public interface Analyzer {
  /** Analyses parsed lyrics; never returns null. */
  Analysis analyze(Lyrics lyrics);
}
