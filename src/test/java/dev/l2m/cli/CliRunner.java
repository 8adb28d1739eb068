package dev.l2m.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs l2m in-process through the same {@link Cli} wiring as {@code main}, with the home,
 * config, cache and log directories inside a temp dir, and returns what a shell would see.
 */
final class CliRunner {
  private final Path root;
  private final Map<String, String> env = new HashMap<>();
  private String stdin = "";

  CliRunner(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root.resolve("home"));
      Files.createDirectories(root.resolve("work"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    env.put("XDG_CONFIG_HOME", root.resolve("xdg/config").toString());
    env.put("XDG_CACHE_HOME", root.resolve("xdg/cache").toString());
    env.put("XDG_STATE_HOME", root.resolve("xdg/state").toString());
  }

  CliRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  CliRunner stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** The working directory commands run in. */
  Path work() {
    return root.resolve("work");
  }

  Path root() {
    return root;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Environment e =
        new Environment(
            env,
            root.resolve("home"),
            work(),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            false,
            "Linux");
    int code = Cli.run(args, e, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  /** Exit code and both streams; printed whole when an assertion fails. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
  }
}
