package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped completion scripts must match the live command model (run scripts/update-completions.sh). */
class CompletionsTest {
  @TempDir Path tmp;

  private static Path completions() {
    return Path.of("completions").toAbsolutePath();
  }

  @Test
  void bashScriptIsUpToDate() throws IOException {
    Path file = completions().resolve("l2m.bash");
    assumeTrue(Files.isDirectory(completions()), "runs from the project root");
    CliRunner.Result r = new CliRunner(tmp).run("completion", "bash");
    assertThat(Files.readString(file))
        .as("completions/l2m.bash is stale: run scripts/update-completions.sh")
        .isEqualTo(r.out());
  }

  @Test
  void zshScriptIsUpToDate() throws IOException {
    Path file = completions().resolve("_l2m");
    assumeTrue(Files.isDirectory(completions()), "runs from the project root");
    CliRunner.Result r = new CliRunner(tmp).run("completion", "zsh");
    assertThat(r.out()).startsWith("#compdef l2m");
    assertThat(Files.readString(file))
        .as("completions/_l2m is stale: run scripts/update-completions.sh")
        .isEqualTo(r.out());
  }
}
