package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCommandTest {
  @TempDir Path tmp;

  @Test
  void helpListsCommandsExitCodesAndEnvironment() {
    CliRunner.Result r = new CliRunner(tmp).run("--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("generate").contains("completion").contains("Exit codes").contains("L2M_");
  }

  @Test
  void versionFlagAndCommandAgree() {
    CliRunner cli = new CliRunner(tmp);
    CliRunner.Result flag = cli.run("--version");
    CliRunner.Result cmd = cli.run("version");
    assertThat(flag.exitCode()).isZero();
    assertThat(cmd.exitCode()).isZero();
    assertThat(flag.out()).startsWith("l2m ").contains("Java ");
    assertThat(cmd.out()).isEqualTo(flag.out());
  }

  @Test
  void noArgumentsIsAUsageErrorOnStderr() {
    CliRunner.Result r = new CliRunner(tmp).run();
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("no lyrics given").contains("l2m --help");
  }

  @Test
  void unknownCommandSuggestsTheRightOne() {
    CliRunner.Result r = new CliRunner(tmp).run("generat");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("generate");
  }

  @Test
  void completionScriptCoversEveryOption() {
    CliRunner.Result r = new CliRunner(tmp).run("completion", "bash");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("complete -F").contains("--lyrics-file").contains("--emotion");
    assertThat(new CliRunner(tmp).run("completion", "fish").exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
