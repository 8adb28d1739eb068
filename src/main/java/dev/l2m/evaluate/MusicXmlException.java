package dev.l2m.evaluate;

/**
 * A MusicXML file could not be read: it is missing, too large, not MusicXML, unsafe or malformed.
 * The message is one sentence meant for the user.
 */
public final class MusicXmlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MusicXmlException(String message) {
    super(message);
  }

  public MusicXmlException(String message, Throwable cause) {
    super(message, cause);
  }
}
