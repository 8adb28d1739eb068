package dev.l2m.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The commented user config file {@code l2m config init} writes: every setting, commented out,
 * with its description, environment variable and default, so the file documents itself and
 * changes nothing until a line is uncommented.
 */
public final class ConfigTemplate {
  private ConfigTemplate() {}

  /** The file's text for these settings. */
  public static String render(List<Setting<?>> settings) {
    StringBuilder b = new StringBuilder();
    b.append("# l2m user configuration (Java properties, UTF-8).\n")
        .append("# Uncomment a line to change a default. Environment variables (L2M_*) override this\n")
        .append("# file, and command-line options override both. 'l2m config show' prints the\n")
        .append("# effective values and where each comes from; 'l2m doctor' checks them.\n");
    for (Setting<?> s : settings) {
      b.append('\n').append("# ").append(s.description()).append('\n');
      b.append("# environment: ").append(s.envVar());
      for (String alias : s.envAliases()) {
        b.append(" or ").append(alias);
      }
      b.append('\n');
      if (s.secret()) {
        b.append("# Prefer the environment variable; if you keep the key here, keep this file private.\n");
      }
      b.append('#').append(s.name()).append('=');
      if (s.defaultText() != null && !s.secret()) {
        b.append(s.defaultText());
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * Writes the template to {@code file}, creating its directory. The file appears whole or not
   * at all, readable only by its owner, and an existing file is never replaced.
   *
   * @throws FileAlreadyExistsException when the file exists
   */
  public static void write(Path file, List<Setting<?>> settings) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path tmp = Files.createTempFile(dir, ".config-", ".tmp");
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        // it may come to hold an API key
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(tmp, render(settings), StandardCharsets.UTF_8);
      try {
        // a hard link fails atomically when the name is taken, so a file that appeared since the
        // check above is never overwritten
        Files.createLink(file, tmp);
      } catch (UnsupportedOperationException e) {
        // without REPLACE_EXISTING the move refuses an existing file too
        Files.move(tmp, file);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
