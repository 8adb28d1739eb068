package dev.l2m.lyrics;

/** Where a word's syllables and stress came from. */
public enum WordSource {
  /** The pronunciation dictionary. */
  DICTIONARY,
  /** Spelling rules, for words the dictionary lacks. */
  RULES,
  /** The user's own split in the lyrics text ({@code beau--ti--ful}). */
  USER
}
