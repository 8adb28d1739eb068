package dev.l2m.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point: {@code System.exit(run(...))}, with {@link Cli#run} as the seam for tests. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Name SLF4J's provider rather than have it search the class path (a few ms of every start),
    // and keep its note about doing so off stderr.
    System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
    System.setProperty("slf4j.internal.verbosity", "WARN");
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(Cli.run(args, Environment.system(), out, err));
  }
}
