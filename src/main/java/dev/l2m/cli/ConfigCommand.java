package dev.l2m.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.config.Config;
import dev.l2m.config.ConfigTemplate;
import dev.l2m.config.Resolved;
import dev.l2m.config.Settings;
import dev.l2m.config.UserDirs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code l2m config show|path|init}: the effective settings, where they live, a starter file. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    header = "Show the effective settings, print the config file path, or create the file.",
    description = {
      "",
      "Settings come from, strongest first: command-line options, L2M_* environment",
      "variables, the user config file, and built-in defaults."
    },
    subcommands = {ConfigCommand.Show.class, ConfigCommand.PathCommand.class, ConfigCommand.Init.class})
final class ConfigCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("l2m: config needs a command: show, path or init.");
    err.println("See 'l2m config --help' for more information.");
    err.flush();
    return ExitCode.USAGE;
  }

  private static UserDirs dirs(Environment env) {
    return UserDirs.from(env.variables(), env.home(), env.osName());
  }

  /** {@code config show}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      header = "Print every effective setting and where it comes from (API keys redacted).")
  static final class Show implements Callable<Integer> {
    private final Environment env;

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin GlobalOptions global = new GlobalOptions();

    @Option(
        names = {"-s", "--set"},
        paramLabel = "NAME=VALUE",
        description = "Show the result of giving this setting as a command-line option (repeatable).")
    Map<String, String> flags = new LinkedHashMap<>();

    Show(Environment env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      for (String name : flags.keySet()) {
        if (Settings.ALL.stream().noneMatch(s -> s.name().equals(name))) {
          throw new L2mException(ExitCode.USAGE, "--set: unknown setting '" + name + "' (see 'l2m config show')");
        }
      }
      Path file = dirs(env).configFile(env.variables());
      Config config = Config.load(flags, env.variables(), file);
      PrintWriter out = spec.commandLine().getOut();
      out.println(global.json ? json(config) : text(config));
      out.flush();
      return ExitCode.OK;
    }

    static String text(Config config) {
      List<Resolved<?>> all = config.all();
      int nameWidth = all.stream().mapToInt(r -> r.setting().name().length()).max().orElse(0);
      int valueWidth = all.stream().mapToInt(r -> r.displayText().length()).max().orElse(0);
      StringBuilder b = new StringBuilder();
      b.append("# config file: ").append(config.file()).append(config.fileExists() ? "" : " (not present)").append('\n');
      for (Resolved<?> r : all) {
        String source = r.source().label();
        if (!r.origin().equals("default")) {
          source += " (" + r.origin() + ")";
        }
        b.append(String.format(Locale.ROOT, "%-" + nameWidth + "s  %-" + valueWidth + "s  %s%n",
            r.setting().name(), r.displayText(), source));
      }
      return b.toString().stripTrailing();
    }

    static String json(Config config) {
      ObjectNode root = JsonResult.object();
      root.put("file", config.file().toString());
      root.put("fileExists", config.fileExists());
      ArrayNode settings = root.putArray("settings");
      for (Resolved<?> r : config.all()) {
        ObjectNode n = settings.addObject();
        n.put("name", r.setting().name());
        if (r.text() == null) {
          n.putNull("value");
        } else {
          n.put("value", r.displayText());
        }
        n.put("source", r.source().label());
        n.put("origin", r.origin());
        n.put("env", r.setting().envVar());
        n.put("secret", r.setting().secret());
      }
      return JsonResult.pretty(root);
    }
  }

  /** {@code config path}. */
  @Command(
      name = "path",
      mixinStandardHelpOptions = true,
      header = "Print the config file path (on stdout) and the log and cache directories (on stderr).",
      description = {"", "Edit your settings with: $EDITOR \"$(l2m config path)\""})
  static final class PathCommand implements Callable<Integer> {
    private final Environment env;

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin GlobalOptions global = new GlobalOptions();

    PathCommand(Environment env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      UserDirs dirs = dirs(env);
      Path file = dirs.configFile(env.variables());
      PrintWriter out = spec.commandLine().getOut();
      if (global.json) {
        ObjectNode root = JsonResult.object();
        root.put("configFile", file.toString());
        root.put("configFileExists", Files.exists(file));
        root.put("logDir", dirs.logs().toString());
        root.put("cacheDir", dirs.cache().toString());
        out.println(JsonResult.pretty(root));
      } else {
        out.println(file);
        Console console = new Console(out, spec.commandLine().getErr(), global.quiet, false, false);
        if (!Files.exists(file)) {
          console.info("(not created yet: 'l2m config init' writes a commented one)");
        }
        console.info("logs:  " + dirs.logs());
        console.info("cache: " + dirs.cache());
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  /** {@code config init}. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      header = "Write a commented config file listing every setting; never overwrites one.")
  static final class Init implements Callable<Integer> {
    private final Environment env;

    @Spec CommandLine.Model.CommandSpec spec;

    @Mixin GlobalOptions global = new GlobalOptions();

    Init(Environment env) {
      this.env = env;
    }

    @Override
    public Integer call() {
      Path file = dirs(env).configFile(env.variables());
      try {
        ConfigTemplate.write(file, Settings.ALL);
      } catch (FileAlreadyExistsException e) {
        throw new L2mException(ExitCode.OUTPUT_EXISTS,
            "config file " + file + " already exists; edit it, or move it away and run 'l2m config init' again", e);
      } catch (IOException e) {
        throw new L2mException(ExitCode.OUTPUT_FAILED, "cannot write config file " + file + ": " + e.getMessage(), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      if (global.json) {
        ObjectNode root = JsonResult.object();
        root.put("configFile", file.toString());
        out.println(JsonResult.pretty(root));
      } else {
        new Console(out, spec.commandLine().getErr(), global.quiet, false, false).info("wrote " + file);
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
