package dev.l2m.output;

/**
 * Audio could not be rendered: the synthesizer is unavailable, a soundfont or MIDI file is
 * unreadable, or the output could not be written. The message is one sentence for the user.
 */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RenderException(String message) {
    super(message);
  }

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
