package dev.l2m.batch;

import dev.l2m.lyrics.LyricsText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads one item's lyrics file: strict UTF-8, size-limited, byte order mark dropped. */
final class ItemText {
  private ItemText() {}

  /**
   * The text of {@code file}.
   *
   * @throws ItemException when the file is missing, unreadable, too large or not UTF-8
   */
  static String read(Path file) {
    if (Files.isDirectory(file)) {
      throw new ItemException(file + " is a directory, not a lyrics file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(LyricsText.MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new ItemException(file + " does not exist", e);
    } catch (AccessDeniedException e) {
      throw new ItemException(file + " cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new ItemException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (bytes.length > LyricsText.MAX_BYTES) {
      throw new ItemException(
          "the file is too large (over " + LyricsText.MAX_BYTES / 1024 + " KiB): split it into several songs");
    }
    try {
      return LyricsText.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new ItemException("the file is not UTF-8 text: save it as UTF-8", e);
    }
  }
}
