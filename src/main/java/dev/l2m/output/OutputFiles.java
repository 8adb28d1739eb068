package dev.l2m.output;

import dev.l2m.score.Song;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a set of output files ({@code NAME.mid}, {@code NAME.musicxml}, ...) safely: the base
 * name is checked to be a plain file name, existing files are never replaced unless forced
 * (and all targets are checked before anything is written), and each file appears complete or
 * not at all (written to a temporary file in the target directory, then moved into place).
 */
public final class OutputFiles {

  /** Longest base name accepted, in characters and in UTF-8 bytes (file systems cap at 255). */
  public static final int MAX_BASE_NAME = 200;

  private static final Pattern RESERVED =
      Pattern.compile("(?i)(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])");
  private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,16}");
  private static final String UNSAFE_IN_TITLES = "/\\<>:\"|?*";
  private static final String FALLBACK_NAME = "untitled";

  private OutputFiles() {}

  /** Writes one file's bytes to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @throws IOException when the stream fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * One file to write.
   *
   * @param extension its extension without the dot ("mid")
   * @param content what goes in it
   */
  public record Target(String extension, Content content) {
    public Target {
      Objects.requireNonNull(extension, "extension");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Checks that {@code baseName} is a plain, portable file name and returns it.
   *
   * @throws OutputException with reason {@link OutputException.Reason#BAD_NAME} otherwise
   */
  public static String checkBaseName(String baseName) {
    String problem = problemWith(baseName);
    if (problem != null) {
      String shown = baseName == null ? "" : printable(baseName);
      throw new OutputException(
          OutputException.Reason.BAD_NAME,
          "'"
              + shown
              + "' cannot be used as an output name because "
              + problem
              + "; give a plain file name without extension to --out and choose the folder"
              + " with --output-dir.");
    }
    return baseName;
  }

  /** The problem with {@code name} as a base name, or {@code null} when it is fine. */
  private static String problemWith(String name) {
    if (name == null || name.isBlank()) {
      return "it is empty";
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      return "it contains a path separator";
    }
    if (name.contains("..") || name.equals(".")) {
      return "it contains '..' or is '.'";
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      return "it contains a control character";
    }
    if (name.length() > MAX_BASE_NAME
        || name.getBytes(StandardCharsets.UTF_8).length > MAX_BASE_NAME) {
      return "it is longer than " + MAX_BASE_NAME + " characters";
    }
    if (name.endsWith(".") || name.endsWith(" ")) {
      return "it ends with a dot or a space";
    }
    if (isReserved(name)) {
      return "it is a device name reserved on Windows";
    }
    return null;
  }

  private static boolean isReserved(String name) {
    int dot = name.indexOf('.');
    String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
    return RESERVED.matcher(stem).matches();
  }

  private static String printable(String name) {
    StringBuilder sb = new StringBuilder();
    name.codePoints()
        .limit(60)
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    if (name.codePointCount(0, name.length()) > 60) {
      sb.append("...");
    }
    return sb.toString();
  }

  /**
   * Turns any title into a safe base name, deterministically: path separators, characters
   * Windows forbids, control and invisible formatting characters and whitespace become single
   * hyphens, dot runs collapse, leading and trailing dots and hyphens go, Windows device names
   * get an underscore, and the result is cut to {@value #MAX_BASE_NAME} bytes. Nothing left
   * gives "untitled". Applying it twice changes nothing more.
   */
  public static String sanitize(String title) {
    if (title == null) {
      return FALLBACK_NAME;
    }
    String text = Normalizer.normalize(title, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.getType(cp) == Character.FORMAT) {
                return;
              }
              boolean separator =
                  Character.isISOControl(cp)
                      || Character.isWhitespace(cp)
                      || Character.isSpaceChar(cp)
                      || UNSAFE_IN_TITLES.indexOf(cp) >= 0;
              sb.appendCodePoint(separator ? '-' : cp);
            });
    String name = sb.toString().replaceAll("-{2,}", "-").replaceAll("\\.{2,}", ".");
    name = trimEdges(name);
    name = trimEdges(truncateUtf8(name, MAX_BASE_NAME - 1));
    if (name.isEmpty()) {
      return FALLBACK_NAME;
    }
    if (isReserved(name)) {
      int dot = name.indexOf('.');
      name = dot < 0 ? name + "_" : name.substring(0, dot) + "_" + name.substring(dot);
    }
    return name;
  }

  private static String trimEdges(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && isEdgeJunk(name.charAt(start))) {
      start++;
    }
    while (end > start && isEdgeJunk(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(start, end);
  }

  private static boolean isEdgeJunk(char c) {
    return c == '.' || c == '-' || c == ' ';
  }

  private static String truncateUtf8(String name, int maxBytes) {
    StringBuilder sb = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes || sb.length() + Character.charCount(cp) > maxBytes) {
        break;
      }
      sb.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  /** The paths {@code directory/baseName.extension} that writing would produce, in order. */
  public static List<Path> targetPaths(Path directory, String baseName, List<String> extensions) {
    checkBaseName(baseName);
    List<Path> paths = new ArrayList<>();
    for (String ext : extensions) {
      paths.add(directory.resolve(baseName + "." + ext));
    }
    return paths;
  }

  /**
   * Writes {@code song} once per writer to {@code directory/baseName.<extension>}.
   *
   * @return the files written, in the writers' order
   * @throws OutputException see {@link #write(Path, String, List, boolean)}
   */
  public static List<Path> writeSong(
      Path directory, String baseName, Song song, List<SongWriter> writers, boolean force) {
    List<Target> targets = new ArrayList<>();
    for (SongWriter w : writers) {
      targets.add(new Target(w.extension(), out -> w.write(song, out)));
    }
    return write(directory, baseName, targets, force);
  }

  /**
   * Writes every target to {@code directory/baseName.<extension>}, all or nothing: the directory
   * is created if missing; unless {@code force}, no file is written when any target exists;
   * each file goes to a temporary file beside it first and is moved into place atomically;
   * when anything fails, temporary files and the files this call created are removed.
   *
   * @return the files written, in the targets' order
   * @throws OutputException {@code BAD_NAME} for a name that is not a plain file name,
   *     {@code ALREADY_EXISTS} when a target exists and {@code force} is false, {@code
   *     CANNOT_WRITE} when the directory or a file cannot be written
   */
  public static List<Path> write(
      Path directory, String baseName, List<Target> targets, boolean force) {
    checkBaseName(baseName);
    Set<String> seen = new HashSet<>();
    for (Target t : targets) {
      if (!EXTENSION.matcher(t.extension()).matches()
          || !seen.add(t.extension().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("bad or repeated file extension: " + t.extension());
      }
    }
    Path dir = prepareDirectory(directory);
    List<Path> paths = new ArrayList<>();
    for (Target t : targets) {
      paths.add(dir.resolve(baseName + "." + t.extension()));
    }
    refuseExisting(paths, force);

    List<Path> temps = new ArrayList<>();
    List<Path> created = new ArrayList<>();
    boolean done = false;
    try {
      for (Target t : targets) {
        Path tmp = dir.resolve(".l2m-" + UUID.randomUUID() + ".tmp");
        temps.add(tmp);
        writeTemp(tmp, t.content());
      }
      for (int i = 0; i < paths.size(); i++) {
        Path target = paths.get(i);
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        place(temps.get(i), target, force);
        if (!existed) {
          created.add(target);
        }
      }
      done = true;
      syncDirectory(dir);
      return List.copyOf(paths);
    } catch (IOException e) {
      throw new OutputException(
          OutputException.Reason.CANNOT_WRITE,
          "Could not write the output files in "
              + dir
              + " ("
              + describe(e)
              + "); check that the folder is writable and has free space.",
          e);
    } finally {
      if (!done) {
        for (Path p : temps) {
          deleteQuietly(p);
        }
        for (Path p : created) {
          deleteQuietly(p);
        }
      }
    }
  }

  private static Path prepareDirectory(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputException(
          OutputException.Reason.CANNOT_WRITE,
          dir + " is not a folder; give an existing or new folder to --output-dir.");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OutputException(
          OutputException.Reason.CANNOT_WRITE,
          "Could not create the output folder "
              + dir
              + " ("
              + describe(e)
              + "); check the path and its permissions.",
          e);
    }
    return dir;
  }

  private static void refuseExisting(List<Path> paths, boolean force) {
    List<String> existing = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        throw new OutputException(
            OutputException.Reason.CANNOT_WRITE,
            p + " is a folder, so the file cannot be written there; choose another --out name.");
      }
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
        existing.add(p.toString());
      }
    }
    if (!existing.isEmpty() && !force) {
      throw new OutputException(
          OutputException.Reason.ALREADY_EXISTS,
          (existing.size() == 1 ? existing.get(0) + " already exists" : String.join(", ", existing)
                  + " already exist")
              + "; nothing was written: use --force to overwrite or choose another --out name.");
    }
  }

  private static void writeTemp(Path tmp, Content content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
      content.writeTo(out);
      out.flush();
      // the bytes must be on disk before the rename makes the file visible
      channel.force(true);
    }
  }

  private static void place(Path tmp, Path target, boolean force) throws IOException {
    if (!force) {
      // a hard link never replaces an existing file, so a file that appeared since the check
      // is still safe; file systems without hard links fall back to a checked atomic move
      try {
        Files.createLink(target, tmp);
        Files.delete(tmp);
        return;
      } catch (FileAlreadyExistsException e) {
        throw new OutputException(
            OutputException.Reason.ALREADY_EXISTS,
            target + " appeared while writing; nothing was replaced: use --force to overwrite.",
            e);
      } catch (UnsupportedOperationException | IOException e) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new OutputException(
              OutputException.Reason.ALREADY_EXISTS,
              target + " appeared while writing; nothing was replaced: use --force to overwrite.",
              e);
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        // a plain move still refuses to replace a file that exists
        Files.move(tmp, target);
      }
      return;
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the renames durable where the platform allows syncing a directory (not Windows). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the files themselves are complete and in place
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    String kind = e.getClass().getSimpleName().replace("Exception", "");
    return m == null ? kind : kind + ": " + m;
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: the original failure is what the user needs to see
    }
  }
}
