package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2m.output.JsonWriter;
import dev.l2m.output.SongDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} with the ABC, JSON and WAV formats. */
class GenerateFormatsTest {
  private static final String LYRICS = "Twinkle twinkle little star\nHow I wonder what you are";

  @TempDir Path tmp;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(tmp);
  }

  @Test
  void writesAbcJsonAndAudio() throws Exception {
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "star", "--format", "abc,json",
        "--audio", "--sample-rate", "22050", "--seed", "7");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    try (Stream<Path> files = Files.list(cli.work())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("star.abc", "star.json", "star.wav");
    }
    String abc = Files.readString(cli.work().resolve("star.abc"));
    assertThat(abc).startsWith("X:1\nT:Twinkle twinkle little star\n").contains("\nw:Twin").contains(" star\n");
    SongDocument doc = JsonWriter.read(Files.readString(cli.work().resolve("star.json")));
    assertThat(doc.seed()).isEqualTo(7L);
    assertThat(doc.analysis()).isNotNull();
    assertThat(doc.toSong().lyrics()).hasSize(14);
    JsonNode wavInfo = new ObjectMapper().valueToTree(doc.length());
    double seconds = wavInfo.get("quarters").asDouble() * 60.0 / doc.tempo();
    long frames = (Files.size(cli.work().resolve("star.wav")) - 44) / 4;
    assertThat(frames / 22_050.0).isBetween(seconds, seconds + 1.6);
  }

  @Test
  void aBrokenSoundfontIsAnInputError() throws Exception {
    Files.writeString(cli.work().resolve("bad.sf2"), "nope");
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "star", "--format", "wav",
        "--soundfont", "bad.sf2");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("bad.sf2").contains("could not be read");
    try (Stream<Path> files = Files.list(cli.work())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.sf2");
    }
  }

  @Test
  void aBadSampleRateIsAUsageError() {
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "star", "--audio",
        "--sample-rate", "5");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--sample-rate");
  }

  @Test
  void helpListsTheNewFormats() {
    CliRunner.Result r = cli.run("generate", "--help");
    assertThat(r.out()).contains("abc").contains("json").contains("wav").contains("--soundfont");
  }
}
