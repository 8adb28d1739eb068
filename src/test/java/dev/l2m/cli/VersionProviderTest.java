package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionProviderTest {
  @TempDir Path tmp;

  @Test
  void buildStampsCommitAndDate() {
    String[] lines = new VersionProvider().getVersion();
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).matches("l2m \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    // a checkout gives the short hash; a source tarball without .git says unknown
    assertThat(lines[1]).matches("commit ([0-9a-f]{12}|unknown), built \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(lines[2]).startsWith("Java " + System.getProperty("java.version"));
  }

  @Test
  void unfilteredPlaceholdersReadAsUnknown() {
    Properties p = new Properties();
    p.setProperty("commit", "${l2m.commit}");
    p.setProperty("version", " 1.2.3 ");
    assertThat(VersionProvider.info(p, "commit")).isEqualTo("unknown");
    assertThat(VersionProvider.info(p, "build-date")).isEqualTo("unknown");
    assertThat(VersionProvider.info(p, "version")).isEqualTo("1.2.3");
  }

  @Test
  void versionCommandAndFlagPrintTheSameLines() {
    CliRunner cli = new CliRunner(tmp);
    String expected = String.join("\n", new VersionProvider().getVersion()) + "\n";
    assertThat(cli.run("--version").out()).isEqualTo(expected);
    assertThat(cli.run("version").out()).isEqualTo(expected);
  }
}
