package dev.l2m.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a shell completion script generated from the live command model. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a shell completion script for l2m.",
      "",
      "bash:  source <(l2m completion bash)",
      "zsh:   autoload -U +X bashcompinit && bashcompinit && source <(l2m completion zsh)"
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SHELL",
      defaultValue = "bash",
      description = "bash or zsh (default: ${DEFAULT-VALUE}).")
  String shell;

  @Override
  public Integer call() {
    if (!shell.equals("bash") && !shell.equals("zsh")) {
      throw new L2mException(ExitCode.USAGE, "unknown shell '" + shell + "': use bash or zsh");
    }
    CommandLine root = spec.commandLine().getParent();
    spec.commandLine().getOut().print(shell.equals("zsh") ? zshScript(root) : script(root));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }

  /** The completion script for the whole command tree (works in bash, and in zsh via bashcompinit). */
  static String script(CommandLine root) {
    return AutoComplete.bash("l2m", root);
  }

  /** The same script wrapped for zsh's completion system (file name {@code _l2m}). */
  static String zshScript(CommandLine root) {
    return "#compdef l2m\n"
        + "# zsh completion for l2m: the bash completion, loaded through bashcompinit.\n"
        + "autoload -U +X compinit && compinit\n"
        + "autoload -U +X bashcompinit && bashcompinit\n"
        + script(root);
  }
}
