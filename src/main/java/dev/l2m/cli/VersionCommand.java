package dev.l2m.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code l2m version}: the same text as {@code --version}. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print version, commit, build date and Java runtime.")
final class VersionCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    for (String line : new VersionProvider().getVersion()) {
      spec.commandLine().getOut().println(line);
    }
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
