package dev.l2m.compose;

/** How a phrase ends harmonically. */
enum Cadence {
  /** Inside a stanza: the progression runs on. */
  OPEN,
  /** Mid-stanza: the phrase rests on the dominant, asking for more. */
  HALF,
  /** End of a stanza or of the song: dominant to tonic, melody home on the tonic. */
  CLOSED
}
