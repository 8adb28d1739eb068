package dev.l2m.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may know about the world outside the arguments. Production reads the real
 * process; tests pass temp dirs and fake environment variables, so no test touches the real home.
 *
 * @param variables environment variables
 * @param home the user's home directory
 * @param workingDir the current directory (relative paths resolve against it)
 * @param stdin standard input
 * @param interactive true when stderr is a terminal (progress bars and colour are allowed)
 * @param osName {@code os.name}
 */
public record Environment(
    Map<String, String> variables,
    Path home,
    Path workingDir,
    InputStream stdin,
    boolean interactive,
    String osName) {

  public Environment {
    variables = Map.copyOf(variables);
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(workingDir, "workingDir");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(osName, "osName");
  }

  /** The real process environment. */
  public static Environment system() {
    return new Environment(
        System.getenv(),
        Path.of(System.getProperty("user.home")),
        Path.of("").toAbsolutePath(),
        System.in,
        System.console() != null,
        System.getProperty("os.name", "linux"));
  }

  /** An environment variable or null. */
  public String get(String name) {
    return variables.get(name);
  }

  /** Resolves a user-given path against the working directory. */
  public Path resolve(Path p) {
    return workingDir.resolve(p).normalize();
  }

  /** True when colour is allowed: a terminal, and NO_COLOR not set (https://no-color.org). */
  public boolean colour() {
    String noColor = variables.get("NO_COLOR");
    return interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(variables.get("TERM"));
  }
}
