package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir Path tmp;
  private CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(tmp);
  }

  @Test
  void printsSyllablesWithStressPerLine() {
    CliRunner.Result r = cli.run("analyze", "--lyrics", "Beautiful music\\nthe river");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("   5  BEAU-ti-ful MU-sic\n").contains("   3  the RIV-er\n");
  }

  @Test
  void jsonHasStanzasLinesWordsAndSources() throws Exception {
    CliRunner.Result r = cli.run("analyze", "--lyrics", "zorbly heaven", "--json");
    assertThat(r.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode words = root.path("stanzas").get(0).path("lines").get(0).path("words");
    assertThat(words.get(0).path("source").asText()).isEqualTo("rules");
    assertThat(words.get(1).path("source").asText()).isEqualTo("dictionary");
    assertThat(words.get(1).path("syllables").get(0).path("stress").asInt()).isEqualTo(1);
    assertThat(root.path("syllableCount").asInt()).isEqualTo(4);
  }

  @Test
  void readsAFileAndStdin() throws Exception {
    Files.writeString(cli.work().resolve("song.txt"), "oh, oh, oh\n");
    assertThat(cli.run("analyze", "--lyrics-file", "song.txt").out()).contains("   3  OH OH OH");
    CliRunner.Result r = cli.stdin("la la\n").run("analyze", "--lyrics-file", "-");
    assertThat(r.out()).contains("   2  LA LA");
  }

  @Test
  void emptyLyricsAreAUsageError() {
    CliRunner.Result r = cli.run("analyze", "--lyrics", "  ");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("the lyrics are empty");
  }
}
