package dev.l2m.cli;

import dev.l2m.analysis.EmotionMapException;
import dev.l2m.config.ConfigException;
import dev.l2m.config.FlagValueException;
import dev.l2m.lyrics.LyricsException;
import dev.l2m.output.OutputException;
import dev.l2m.output.RenderException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place that builds and runs the command line: production ({@link Main}) and tests use
 * it alike, so tests see the real wiring (exit codes, error handling, injected streams).
 */
public final class Cli {
  private Cli() {}

  /**
   * The subcommands, in the order help lists them. Registered here rather than in {@link
   * RootCommand}'s annotation so a run builds only the command it needs: picocli reflects over
   * every command it is given, which dominated start-up time.
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  /** Commands that read lyrics, whose data {@link Warmup} loads while the command line is built. */
  private static final Set<String> READING_LYRICS = Set.of("generate", "batch", "analyze");

  /** Those of them that also choose an emotion, so need the emotion map. */
  private static final Set<String> COMPOSING = Set.of("generate", "batch");

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    m.put("generate", GenerateCommand.class);
    m.put("batch", BatchCommand.class);
    m.put("analyze", AnalyzeCommand.class);
    m.put("evaluate", EvaluateCommand.class);
    m.put("render", RenderCommand.class);
    m.put("doctor", DoctorCommand.class);
    m.put("config", ConfigCommand.class);
    m.put("cache", CacheCommand.class);
    m.put("completion", CompletionCommand.class);
    m.put("version", VersionCommand.class);
    m.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(m);
  }

  /** Builds the whole command tree with the error handling and streams wired in. */
  public static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err) {
    return commandLine(env, out, err, null);
  }

  /**
   * Builds the command tree; with {@code only} set, just that subcommand is registered (enough to
   * run it, its help and its errors), and with it empty, none.
   */
  static CommandLine commandLine(Environment env, PrintWriter out, PrintWriter err, String only) {
    Factory factory = new Factory(env);
    CommandLine cl = new CommandLine(new RootCommand(), factory);
    for (Map.Entry<String, Class<?>> e : SUBCOMMANDS.entrySet()) {
      if (only == null || only.equals(e.getKey())) {
        cl.addSubcommand(e.getKey(), newCommand(factory, e.getValue()));
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setAbbreviatedOptionsAllowed(false);
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setExecutionExceptionHandler(new FailureHandler());
    cl.setExitCodeExceptionMapper(t -> ExitCode.INTERNAL);
    return cl;
  }

  /**
   * Runs l2m. Arguments that start with an option rather than a command go to {@code generate},
   * so {@code l2m --lyrics ...} is {@code l2m generate --lyrics ...}.
   */
  public static int run(String[] args, Environment env, PrintWriter out, PrintWriter err) {
    String[] full = withImplicitCommand(args);
    // completion and help describe the whole tree; anything else needs only its own command
    String first = full.length > 0 ? full[0] : "";
    String only = null;
    if (SUBCOMMANDS.containsKey(first) && !first.equals("completion") && !first.equals("help")) {
      only = first;
    } else if (first.equals("--version") || first.equals("-V")) {
      only = "";
    }
    if (READING_LYRICS.contains(first)) {
      Warmup.start(COMPOSING.contains(first));
    }
    CommandLine cl = commandLine(env, out, err, only);
    int code = cl.execute(full);
    out.flush();
    err.flush();
    return code;
  }

  static String[] withImplicitCommand(String[] args) {
    if (args.length == 0) {
      return args;
    }
    String first = args[0];
    boolean rootOption =
        List.of("-h", "--help", "-V", "--version").contains(first);
    if (first.startsWith("-") && !rootOption) {
      List<String> all = new ArrayList<>();
      all.add("generate");
      all.addAll(Arrays.asList(args));
      return all.toArray(new String[0]);
    }
    return args;
  }

  private static Object newCommand(Factory factory, Class<?> type) {
    try {
      return factory.create(type);
    } catch (Exception e) {
      throw new IllegalStateException("cannot create the " + type.getSimpleName() + " command", e);
    }
  }

  /** Creates commands with the environment injected. */
  private static final class Factory implements CommandLine.IFactory {
    private final Environment env;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(Environment env) {
      this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        Constructor<K> c = cls.getDeclaredConstructor(Environment.class);
        c.setAccessible(true);
        return c.newInstance(env);
      } catch (NoSuchMethodException e) {
        return fallback.create(cls);
      }
    }
  }

  /** Usage errors: one line, a suggestion when there is one, and where to read more. */
  private static final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cl = ex.getCommandLine();
      PrintWriter err = cl.getErr();
      err.println("l2m: " + firstLine(ex.getMessage()));
      if (ex instanceof UnmatchedArgumentException) {
        List<String> suggestions = ((UnmatchedArgumentException) ex).getSuggestions();
        if (!suggestions.isEmpty()) {
          err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
        }
      }
      err.println("See '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return ExitCode.USAGE;
    }
  }

  /** Failures while running: one clear line; the stack trace only with --debug (and in the log). */
  private static final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
      int code = exitCodeOf(ex);
      PrintWriter err = cl.getErr();
      boolean debug = parsed.hasMatchedOption("--debug") || hasSubOption(parsed, "--debug");
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      // through LogSetup: a failure can come while the warm-up thread is still starting SLF4J
      org.slf4j.Logger log = LogSetup.prepare().getLogger(Cli.class);
      if (code == ExitCode.INTERNAL) {
        log.error("internal error", ex);
        err.println("l2m: internal error: " + firstLine(message));
        err.println("This is a bug in l2m. Run again with --debug to see the details, and please report it.");
      } else {
        log.warn("{} (exit {})", message, code, ex);
        err.println("l2m: " + firstLine(message));
      }
      if (debug) {
        ex.printStackTrace(err);
      }
      err.flush();
      return code;
    }

    private static boolean hasSubOption(ParseResult parsed, String option) {
      for (ParseResult p = parsed; p != null; p = p.subcommand()) {
        if (p.hasMatchedOption(option)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Maps failures from any layer to the documented exit codes. */
  static int exitCodeOf(Throwable ex) {
    if (ex instanceof L2mException) {
      return ((L2mException) ex).exitCode();
    }
    if (ex instanceof FlagValueException || ex instanceof LyricsException
        || ex instanceof RenderException) {
      return ExitCode.USAGE;
    }
    if (ex instanceof ConfigException || ex instanceof EmotionMapException) {
      return ExitCode.CONFIG;
    }
    if (ex instanceof OutputException) {
      switch (((OutputException) ex).reason()) {
        case BAD_NAME:
          return ExitCode.USAGE;
        case ALREADY_EXISTS:
          return ExitCode.OUTPUT_EXISTS;
        default:
          return ExitCode.OUTPUT_FAILED;
      }
    }
    return ExitCode.INTERNAL;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
