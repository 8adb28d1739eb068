package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The shipped man page must match the live command model (run scripts/update-completions.sh). */
class ManPageTest {
  @TempDir Path tmp;

  /** Every visible option of every command, as "command option". */
  private static List<String[]> allOptions(CommandLine cl) {
    List<String[]> out = new ArrayList<>();
    if (cl.getCommandSpec().usageMessage().hidden() || cl.getCommand() instanceof CommandLine.HelpCommand) {
      return out;
    }
    for (OptionSpec o : cl.getCommandSpec().options()) {
      if (!o.hidden()) {
        out.add(new String[] {cl.getCommandSpec().qualifiedName(), o.longestName()});
      }
    }
    cl.getSubcommands().values().forEach(sub -> out.addAll(allOptions(sub)));
    return out;
  }

  @Test
  void everyCommandAndOptionIsInThePageAndTheCompletions() {
    CommandLine root = ManPage.tree();
    String page = ManPage.render(root);
    String bash = CompletionCommand.script(root);
    List<String[]> options = allOptions(root);
    assertThat(options).extracting(o -> o[1]).contains("--lyrics", "--set", "--json", "--version");
    for (String[] o : options) {
      assertThat(page).as("man page lists %s %s", o[0], o[1]).contains(ManPage.escape(o[1]));
      assertThat(bash).as("completion offers %s %s", o[0], o[1]).contains(o[1]);
    }
    for (String cmd : List.of("l2m generate", "l2m doctor", "l2m config show", "l2m config path", "l2m config init", "l2m version")) {
      assertThat(page).contains(".SS \"" + ManPage.escape(cmd) + "\"");
    }
    assertThat(page).contains(".SH EXIT STATUS").contains(".SH ENVIRONMENT").contains(".SH EXAMPLES");
    assertThat(page).doesNotContain("${");
  }

  @Test
  void shippedPageIsUpToDate() throws IOException {
    assumeTrue(Files.exists(Path.of("pom.xml")), "runs from the project root");
    Path shipped = Path.of("docs", "l2m.1");
    assertThat(shipped).as("docs/l2m.1 is missing: run scripts/update-completions.sh").exists();
    assertThat(Files.readString(shipped))
        .as("docs/l2m.1 is stale: run scripts/update-completions.sh")
        .isEqualTo(ManPage.render(ManPage.tree()));
  }

  @Test
  void theBuildsGeneratorWritesThePageAndBothCompletions() throws IOException {
    DocsGenerator.main(new String[] {tmp.resolve("out").toString()});
    assertThat(Files.readString(tmp.resolve("out/l2m.1")))
        .isEqualTo(ManPage.render(ManPage.tree()))
        .startsWith(".\\\" Generated")
        .contains(".TH L2M 1");
    assertThat(Files.readString(tmp.resolve("out/l2m.bash"))).contains("complete -F").contains("--lyrics");
    assertThat(Files.readString(tmp.resolve("out/_l2m"))).startsWith("#compdef l2m").contains("--lyrics");
  }

  @Test
  void escapesTroff() {
    assertThat(ManPage.escape(".hidden -x \\n")).isEqualTo("\\&.hidden \\-x \\en");
  }
}
