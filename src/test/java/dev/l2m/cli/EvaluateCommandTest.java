package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
  private static final String LYRICS =
      "Twinkle twinkle little star\nHow I wonder what you are\nUp above the world so high\n"
          + "Like a diamond in the sky";

  @TempDir java.nio.file.Path tmp;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(tmp);
  }

  @Test
  void evaluatesASongL2mWrote() {
    CliRunner.Result made = cli.run("--lyrics", LYRICS, "--out", "star", "--seed", "7", "-q");
    assertThat(made.exitCode()).as(made.toString()).isZero();
    CliRunner.Result r = cli.run("evaluate", "star.musicxml");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .startsWith("star.musicxml")
        .contains("lyrics         28 syllables")
        .contains("final tonic    yes")
        .contains("measures       all complete");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jsonReportsEveryFileAndTheCorpus() throws IOException {
    assertThat(cli.run("--lyrics", LYRICS, "--out", "a", "--seed", "1", "-q").exitCode()).isZero();
    assertThat(cli.run("--lyrics", LYRICS, "--out", "b", "--seed", "2", "-q").exitCode()).isZero();
    CliRunner.Result r = cli.run("evaluate", "a.musicxml", "b.musicxml", "--json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("songs")).hasSize(2);
    assertThat(root.get("songs").get(0).get("file").asText()).isEqualTo("a.musicxml");
    assertThat(root.get("songs").get(0).get("syllables").asInt()).isEqualTo(28);
    assertThat(root.get("corpus").get("songs").asInt()).isEqualTo(2);
    assertThat(root.get("errors")).isEmpty();
  }

  @Test
  void unreadableFilesExitWithUsageAndTheOthersAreStillReported() throws IOException {
    assertThat(cli.run("--lyrics", LYRICS, "--out", "ok", "-q").exitCode()).isZero();
    Files.writeString(cli.work().resolve("broken.musicxml"), "<score-partwise><part>");
    CliRunner.Result r = cli.run("evaluate", "ok.musicxml", "broken.musicxml", "missing.mxl");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).contains("ok.musicxml");
    assertThat(r.err())
        .contains("error: broken.musicxml is not well-formed XML")
        .contains("error: missing.mxl does not exist");
  }

  @Test
  void needsAtLeastOneFile() {
    CliRunner.Result r = cli.run("evaluate");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("FILE");
  }
}
