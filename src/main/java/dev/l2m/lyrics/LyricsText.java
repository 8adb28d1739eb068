package dev.l2m.lyrics;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lyrics as they arrive in a file or on stdin: at most {@link #MAX_BYTES} bytes of strict UTF-8,
 * a leading byte order mark dropped. The callers (one file, stdin, a batch item) word the errors
 * their own way.
 */
public final class LyricsText {
  /** Bytes read at most: the parser's character limit at up to four bytes per character. */
  public static final int MAX_BYTES = LyricsParser.MAX_CHARS * 4;

  private LyricsText() {}

  /**
   * The bytes as text, without a leading byte order mark.
   *
   * @throws CharacterCodingException when they are not valid UTF-8
   */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return stripBom(text);
  }

  /** The text without a leading byte order mark (editors on Windows like to write one). */
  public static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
