package dev.l2m.lyrics;

/** Lyrics that cannot be set to music; the message says what is wrong and what to do. */
public final class LyricsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public LyricsException(String message) {
    super(message);
  }
}
