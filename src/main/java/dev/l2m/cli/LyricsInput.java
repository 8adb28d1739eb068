package dev.l2m.cli;

import dev.l2m.lyrics.LyricsText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads lyrics from a file or stdin: strict UTF-8, size-limited, BOM dropped. */
final class LyricsInput {
  private LyricsInput() {}

  /**
   * The lyrics of a command's {@code --lyrics TEXT} or {@code --lyrics-file FILE} (exactly one of
   * them set; '-' for either reads stdin).
   */
  static String read(String text, String file, Environment env) {
    if (file != null) {
      return file.equals("-") ? fromStdin(env.stdin()) : fromFile(env.resolve(Path.of(file)));
    }
    if (text.equals("-")) {
      return fromStdin(env.stdin());
    }
    // a shell cannot easily pass a newline inside an argument; accept the escape
    return text.replace("\\n", "\n");
  }

  static String fromFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new L2mException(ExitCode.USAGE, "lyrics file " + file + " is a directory: give a text file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return decode(readLimited(in, file.toString()), file.toString());
    } catch (NoSuchFileException e) {
      throw new L2mException(ExitCode.USAGE, "lyrics file " + file + " does not exist: check the path", e);
    } catch (AccessDeniedException e) {
      throw new L2mException(ExitCode.USAGE, "lyrics file " + file + " cannot be read (permission denied)", e);
    } catch (IOException e) {
      throw new L2mException(ExitCode.USAGE, "cannot read lyrics file " + file + ": " + e.getMessage(), e);
    }
  }

  static String fromStdin(InputStream in) {
    try {
      return decode(readLimited(in, "standard input"), "standard input");
    } catch (IOException e) {
      throw new L2mException(ExitCode.USAGE, "cannot read lyrics from standard input: " + e.getMessage(), e);
    }
  }

  private static byte[] readLimited(InputStream in, String what) throws IOException {
    byte[] bytes = in.readNBytes(LyricsText.MAX_BYTES + 1);
    if (bytes.length > LyricsText.MAX_BYTES) {
      throw new L2mException(
          ExitCode.USAGE,
          "the lyrics in " + what + " are too large (over " + LyricsText.MAX_BYTES / 1024
              + " KiB): split them into several songs");
    }
    return bytes;
  }

  private static String decode(byte[] bytes, String what) {
    try {
      return LyricsText.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new L2mException(
          ExitCode.USAGE,
          "the lyrics in " + what + " are not UTF-8 text: save the file as UTF-8 and try again", e);
    }
  }
}
