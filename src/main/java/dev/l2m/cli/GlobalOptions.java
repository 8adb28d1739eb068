package dev.l2m.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes: how much to say, where to log, JSON for scripts. */
public final class GlobalOptions {

  @Option(
      order = 201,
      names = {"-q", "--quiet"},
      description = "Print nothing but errors (and the --json result).")
  boolean quiet;

  @Option(
      order = 202,
      names = {"-v", "--verbose"},
      description = "Explain what l2m is doing; repeat (-vv) for debug logs on stderr.")
  boolean[] verbosity = new boolean[0];

  @Option(
      order = 203,
      names = "--json",
      description = "Print a machine-readable JSON result on stdout.")
  boolean json;

  @Option(
      order = 204,
      names = "--debug",
      description = "Show stack traces and debug logs on stderr when something fails.")
  boolean debug;

  @Option(
      order = 205,
      names = "--log-file",
      paramLabel = "FILE",
      description = "Write the log here instead of the user log directory (L2M_LOG_DIR).")
  Path logFile;

  /** 0 normal, 1 verbose, 2 or more debug. */
  int verbosityLevel() {
    return debug ? Math.max(2, verbosity.length) : verbosity.length;
  }
}
