package dev.l2m.cli;

import dev.l2m.config.Config;
import dev.l2m.config.UserDirs;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every command sets up first: the console, logging and the effective configuration. Built
 * once per command run from the environment and the global options.
 */
final class Session {
  private final Environment env;
  private final Console console;
  private final UserDirs dirs;
  private final Path logFile;
  private final GlobalOptions global;

  private Session(Environment env, Console console, UserDirs dirs, Path logFile, GlobalOptions global) {
    this.env = env;
    this.console = console;
    this.dirs = dirs;
    this.logFile = logFile;
    this.global = global;
  }

  static Session start(Environment env, GlobalOptions global, CommandSpec spec) {
    return start(env, global, spec, false);
  }

  /** As {@link #start(Environment, GlobalOptions, CommandSpec)}, with a JSON log file when asked. */
  static Session start(Environment env, GlobalOptions global, CommandSpec spec, boolean jsonLog) {
    Console console =
        new Console(
            spec.commandLine().getOut(),
            spec.commandLine().getErr(),
            global.quiet,
            global.verbosityLevel() > 0,
            env.colour());
    UserDirs dirs = UserDirs.from(env.variables(), env.home(), env.osName());
    Path wanted = global.logFile != null ? env.resolve(global.logFile) : dirs.logs().resolve("l2m.log");
    Path used = LogSetup.configure(wanted, global.verbosityLevel() >= 2, jsonLog);
    Logger log = LoggerFactory.getLogger(Session.class);
    log.info("l2m {} {}", VersionProvider.version(), spec.qualifiedName());
    if (used == null) {
      console.detail("cannot write the log file " + wanted + "; continuing without a log");
    }
    return new Session(env, console, dirs, used, global);
  }

  /** Loads the configuration; flags are the command's setting options that were given. */
  Config config(Map<String, String> flags) {
    return Config.load(flags, env.variables(), dirs.configFile(env.variables()));
  }

  Environment env() {
    return env;
  }

  Console console() {
    return console;
  }

  UserDirs dirs() {
    return dirs;
  }

  /** The log file in use, or null. */
  Path logFile() {
    return logFile;
  }

  boolean json() {
    return global.json;
  }
}
