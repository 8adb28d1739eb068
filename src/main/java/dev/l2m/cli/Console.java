package dev.l2m.cli;

import java.io.PrintWriter;

/**
 * Messages for people go to stderr; stdout is kept for results. Quiet silences everything but
 * errors; verbose adds detail lines.
 */
public final class Console {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean quiet;
  private final boolean verbose;
  private final boolean colour;

  public Console(PrintWriter out, PrintWriter err, boolean quiet, boolean verbose, boolean colour) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose && !quiet;
    this.colour = colour && !quiet;
  }

  /** A result line on stdout (printed even when quiet: it is the data). */
  public void result(String line) {
    out.println(line);
    out.flush();
  }

  /** A progress or success message on stderr. */
  public void info(String message) {
    if (!quiet) {
      err.println(message);
      err.flush();
    }
  }

  /** A detail shown only with {@code -v}. */
  public void detail(String message) {
    if (verbose) {
      err.println(paint("2", message));
      err.flush();
    }
  }

  /** A warning on stderr (hidden by {@code --quiet}). */
  public void warn(String message) {
    if (!quiet) {
      err.println(paint("33", "warning: ") + message);
      err.flush();
    }
  }

  /** An error on stderr (always shown). */
  public void error(String message) {
    err.println(paint("31", "error: ") + message);
    err.flush();
  }

  public boolean isQuiet() {
    return quiet;
  }

  public boolean isVerbose() {
    return verbose;
  }

  public boolean colour() {
    return colour;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  private String paint(String code, String text) {
    return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
