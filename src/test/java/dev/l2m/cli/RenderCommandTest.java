package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.output.MidiWriter;
import dev.l2m.score.Key;
import dev.l2m.score.Lyric;
import dev.l2m.score.Mode;
import dev.l2m.score.Note;
import dev.l2m.score.Song;
import dev.l2m.score.Syllabic;
import dev.l2m.score.TimeSignature;
import dev.l2m.score.Voice;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  @TempDir Path tmp;
  CliRunner cli;
  Path midi;

  @BeforeEach
  void setUp() throws Exception {
    cli = new CliRunner(tmp);
    Song song = new Song("Two notes", Key.of(0, Mode.MAJOR), TimeSignature.COMMON, 120, 0, 1920,
        Voice.SOPRANO,
        List.of(new Note(0, 960, 64, new Lyric("hel", Syllabic.BEGIN, 1, false), 90),
            new Note(960, 960, 67, new Lyric("lo", Syllabic.END, 0, true), 90)),
        List.of(), List.of());
    midi = cli.work().resolve("song.mid");
    try (OutputStream out = Files.newOutputStream(midi)) {
      new MidiWriter().write(song, out);
    }
  }

  @Test
  void rendersNextToTheMidiFileAndKeepsStdoutClean() throws Exception {
    CliRunner.Result r = cli.run("render", "song.mid", "--sample-rate", "22050");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("wrote").contains("song.wav");
    Path wav = cli.work().resolve("song.wav");
    // 2 s of music + 1.5 s tail at 22050 Hz, 4 bytes a frame, 44 bytes of header
    assertThat(Files.size(wav)).isEqualTo(44 + 3_500_000L * 22_050 / 1_000_000 * 4);
    assertThat(cli.root().resolve("xdg/cache/l2m/audio")).isDirectoryContaining("glob:**.sf2");
    assertThat(cli.root().resolve("home/.gervill")).doesNotExist();
  }

  @Test
  void printsAJsonResultWhenAsked() {
    CliRunner.Result r = cli.run("render", "song.mid", "-o", "out/take.wav", "--json", "-q");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"file\"").contains("take.wav").contains("\"seconds\":3.5")
        .contains("\"sampleRate\":44100");
    assertThat(cli.work().resolve("out/take.wav")).exists();
  }

  @Test
  void refusesToOverwriteWithoutForce() throws Exception {
    Path wav = Files.writeString(cli.work().resolve("song.wav"), "keep me");

    CliRunner.Result r = cli.run("render", "song.mid");

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OUTPUT_EXISTS);
    assertThat(r.err()).contains("already exists").contains("--force");
    assertThat(Files.readString(wav)).isEqualTo("keep me");
    assertThat(cli.run("render", "song.mid", "--force").exitCode()).isZero();
    assertThat(Files.size(wav)).isGreaterThan(1000);
  }

  @Test
  void explainsBadInputs() throws Exception {
    CliRunner.Result missing = cli.run("render", "nope.mid");
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("does not exist");

    CliRunner.Result rate = cli.run("render", "song.mid", "--sample-rate", "10");
    assertThat(rate.exitCode()).as(rate.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(rate.err()).contains("--sample-rate").contains("44100");

    Files.writeString(cli.work().resolve("bad.sf2"), "not a soundfont");
    CliRunner.Result font = cli.run("render", "song.mid", "--soundfont", "bad.sf2");
    assertThat(font.exitCode()).as(font.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(font.err()).contains("could not be read");
    assertThat(cli.work().resolve("song.wav")).doesNotExist();
  }

  @Test
  void defaultOutputReplacesTheMidiExtension() {
    assertThat(RenderCommand.defaultOutput(Path.of("/a/b/Song.MID")))
        .isEqualTo(Path.of("/a/b/Song.wav"));
    assertThat(RenderCommand.defaultOutput(Path.of("x.kar.midi"))).isEqualTo(Path.of("x.kar.wav"));
    assertThat(RenderCommand.defaultOutput(Path.of("noext"))).isEqualTo(Path.of("noext.wav"));
  }
}
