package dev.l2m.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Renders the {@code l2m(1)} man page (troff, {@code man} macros) from the live picocli model, so
 * the page lists exactly the commands and options the program has. picocli-codegen's generator
 * writes AsciiDoc, which needs Asciidoctor to become a man page; this writes troff directly.
 */
public final class ManPage {
  private ManPage() {}

  /** The command tree with a neutral environment (nothing in the page depends on it). */
  static CommandLine tree() {
    Environment env =
        new Environment(Map.of(), Path.of("/"), Path.of("/"), System.in, false, "Linux");
    StringWriter sink = new StringWriter();
    return Cli.commandLine(env, new PrintWriter(sink), new PrintWriter(sink));
  }

  /** The whole page. */
  static String render(CommandLine root) {
    CommandSpec spec = root.getCommandSpec();
    StringBuilder b = new StringBuilder();
    b.append(".\\\" Generated from the l2m command model by dev.l2m.cli.ManPage; do not edit.\n");
    b.append(".\\\" Regenerate with scripts/update-completions.sh.\n");
    b.append(".TH L2M 1 \"\" \"l2m\" \"User Commands\"\n");
    b.append(".SH NAME\n").append("l2m \\- ").append(escape(first(spec.usageMessage().header()))).append('\n');
    b.append(".SH SYNOPSIS\n.nf\n");
    for (String line : spec.usageMessage().customSynopsis()) {
      b.append(escape(line.strip())).append('\n');
    }
    b.append(".fi\n");
    b.append(".SH DESCRIPTION\n");
    paragraphs(b, spec.usageMessage().description());
    options(b, ".SH OPTIONS\n", spec);
    b.append(".SH COMMANDS\n");
    for (CommandLine sub : root.getSubcommands().values()) {
      commands(b, sub);
    }
    footer(b, spec.usageMessage().footer());
    b.append(".SH FILES\n");
    b.append(".TP\n.I ~/.config/l2m/config.properties\n")
        .append("User settings (").append("\\fBl2m config init\\fR writes a commented one; ")
        .append("\\fBL2M_CONFIG\\fR names another file; XDG_CONFIG_HOME is honoured).\n");
    b.append(".TP\n.I ~/.local/state/l2m/logs/l2m.log\n")
        .append("Rotating log (\\fBL2M_LOG_DIR\\fR or XDG_STATE_HOME move it).\n");
    b.append(".TP\n.I ~/.cache/l2m/\nCached language-model answers (XDG_CACHE_HOME moves it).\n");
    b.append(".SH SEE ALSO\n\\fBl2m doctor\\fR, \\fBl2m config show\\fR, \\fBl2m <command> \\-\\-help\\fR\n");
    return b.toString();
  }

  private static void commands(StringBuilder b, CommandLine cl) {
    CommandSpec spec = cl.getCommandSpec();
    if (spec.usageMessage().hidden() || cl.getCommand() instanceof CommandLine.HelpCommand) {
      return;
    }
    b.append(".SS \"").append(escape(spec.qualifiedName())).append("\"\n");
    Help help = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF));
    b.append(".nf\n").append(escape(help.synopsis(0).strip())).append("\n.fi\n");
    String header = first(spec.usageMessage().header());
    if (header.isEmpty()) {
      header = first(spec.usageMessage().description());
    }
    if (!header.isEmpty()) {
      b.append(".PP\n").append(escape(header)).append('\n');
    }
    paragraphs(b, spec.usageMessage().description());
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        b.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
            .append(escape(String.join(" ", p.description()))).append('\n');
      }
    }
    options(b, "", spec);
    for (CommandLine sub : cl.getSubcommands().values()) {
      commands(b, sub);
    }
  }

  private static void options(StringBuilder b, String heading, CommandSpec spec) {
    b.append(heading);
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      b.append(".TP\n");
      List<String> names = new ArrayList<>();
      for (String n : o.names()) {
        names.add("\\fB" + escape(n) + "\\fR");
        if (o.negatable() && n.startsWith("--")) {
          names.add("\\fB" + escape("--no-" + n.substring(2)) + "\\fR");
        }
      }
      b.append(String.join(", ", names));
      if (o.arity().max() > 0 && !o.type().equals(boolean.class) && !o.type().equals(Boolean.class)) {
        b.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
      }
      b.append('\n').append(escape(String.join(" ", o.description()))).append('\n');
    }
  }

  private static void paragraphs(StringBuilder b, String[] lines) {
    StringBuilder para = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank()) {
        flush(b, para);
      } else {
        para.append(para.length() == 0 ? "" : " ").append(line.strip());
      }
    }
    flush(b, para);
  }

  private static void flush(StringBuilder b, StringBuilder para) {
    if (para.length() > 0) {
      b.append(".PP\n").append(escape(para.toString())).append('\n');
      para.setLength(0);
    }
  }

  /** The root footer's blocks ("Examples:", "Exit codes:", "Environment: ...") become sections. */
  private static void footer(StringBuilder b, String[] lines) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          blocks.add(current);
        }
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    for (List<String> block : blocks) {
      String first = block.get(0);
      int colon = first.indexOf(':');
      String title = colon > 0 ? first.substring(0, colon) : "Notes";
      String name = title.equalsIgnoreCase("exit codes") ? "EXIT STATUS" : title.toUpperCase(Locale.ROOT);
      b.append(".SH ").append(escape(name)).append("\n.nf\n");
      String rest = colon > 0 ? first.substring(colon + 1).strip() : first;
      if (!rest.isEmpty()) {
        b.append(escape(rest)).append('\n');
      }
      for (String line : block.subList(1, block.size())) {
        b.append(escape(line)).append('\n');
      }
      b.append(".fi\n");
    }
  }

  private static String first(String[] lines) {
    for (String l : lines) {
      if (!l.isBlank()) {
        return l.strip();
      }
    }
    return "";
  }

  /** Escapes troff: backslashes, hyphens (so options copy as ASCII) and leading control dots. */
  static String escape(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    if (e.startsWith(".") || e.startsWith("'")) {
      e = "\\&" + e;
    }
    return e;
  }
}
