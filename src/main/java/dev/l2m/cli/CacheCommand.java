package dev.l2m.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.llm.CacheStats;
import dev.l2m.llm.LlmSettings;
import dev.l2m.llm.ResponseCache;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code l2m cache stats|clear}: the cache of language-model answers. */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    header = "Show or empty the cache of language-model answers.",
    description = {
      "",
      "l2m keeps validated model answers for 7 days (at most 20 MiB), so the same lyrics with the"
          + " same model, base URL and temperature make no new request. --no-cache skips it for"
          + " one run."
    },
    subcommands = {CacheCommand.Stats.class, CacheCommand.Clear.class})
final class CacheCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: stats or clear");
  }

  static ResponseCache open(Session session) {
    LlmSettings defaults = LlmSettings.builder().build();
    return new ResponseCache(LlmSetup.cacheDir(session.dirs()), defaults.cacheTtl(),
        defaults.cacheMaxBytes(), Clock.systemUTC());
  }

  /** {@code l2m cache stats}. */
  @Command(name = "stats", mixinStandardHelpOptions = true, header = "Show where the cache is and what it holds.")
  static final class Stats implements Callable<Integer> {
    private final Environment env;

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin GlobalOptions global = new GlobalOptions();

    Stats(Environment env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      Session session = Session.start(env, global, spec);
      CacheStats stats = open(session).stats();
      if (session.json()) {
        ObjectNode root = JsonResult.object();
        root.put("directory", stats.directory().toString());
        root.put("entries", stats.diskEntries());
        root.put("bytes", stats.diskBytes());
        session.console().result(JsonResult.pretty(root));
      } else {
        session.console().result("directory: " + stats.directory());
        session.console().result("entries:   " + stats.diskEntries());
        session.console().result(String.format(Locale.ROOT, "size:      %.1f KiB", stats.diskBytes() / 1024.0));
      }
      return ExitCode.OK;
    }
  }

  /** {@code l2m cache clear}. */
  @Command(name = "clear", mixinStandardHelpOptions = true, header = "Delete every cached answer.")
  static final class Clear implements Callable<Integer> {
    private final Environment env;

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin GlobalOptions global = new GlobalOptions();

    Clear(Environment env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      Session session = Session.start(env, global, spec);
      ResponseCache cache = open(session);
      int removed = cache.clear();
      if (session.json()) {
        session.console().result("{\"removed\": " + removed + "}");
      } else {
        session.console().info("removed " + removed + " cached answer" + (removed == 1 ? "" : "s")
            + " from " + cache.stats().directory());
      }
      return ExitCode.OK;
    }
  }
}
