package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private static final String LYRICS = "Twinkle twinkle little star\nHow I wonder what you are";

  @TempDir Path tmp;
  CliRunner cli;

  @BeforeEach
  void setUp() {
    cli = new CliRunner(tmp);
  }

  private List<String> filesIn(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theDefaultSeedDependsOnlyOnTheLyricsAndSpreadsWell() {
    long seed = GenerateCommand.seedFrom("Twinkle twinkle little star");
    assertThat(GenerateCommand.seedFrom("  Twinkle twinkle little star\n")).isEqualTo(seed);
    assertThat(GenerateCommand.seedFrom("Twinkle twinkle little stars")).isNotEqualTo(seed);
    java.util.Set<Long> seeds = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      long s = GenerateCommand.seedFrom("line " + i + "\nthe river is calling me home");
      assertThat(s).isBetween(0L, 999_999L);
      seeds.add(s);
    }
    // a thousand lyrics into a million seeds: a well-spread function almost never collides
    assertThat(seeds).hasSizeGreaterThanOrEqualTo(995);
  }

  @Test
  void writesMidiAndMusicXmlOffline() throws Exception {
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "star");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).as("stdout stays clean without --json").isEmpty();
    assertThat(r.err()).contains("wrote star.mid").contains("wrote star.musicxml");
    assertThat(filesIn(cli.work())).containsExactly("star.mid", "star.musicxml");
    String xml = Files.readString(cli.work().resolve("star.musicxml"));
    assertThat(xml).contains("<lyric").contains("<text>star</text>").contains("<syllabic>begin</syllabic>");
  }

  @Test
  void midiLyricsAreTheSyllablesInOrder() throws Exception {
    CliRunner.Result r = cli.run("generate", "--lyrics", LYRICS, "--out", "star", "--json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Sequence seq = MidiSystem.getSequence(cli.work().resolve("star.mid").toFile());
    List<String> lyricEvents = new ArrayList<>();
    for (Track t : seq.getTracks()) {
      for (int i = 0; i < t.size(); i++) {
        MidiEvent e = t.get(i);
        if (e.getMessage() instanceof MetaMessage && ((MetaMessage) e.getMessage()).getType() == 0x05) {
          lyricEvents.add(new String(((MetaMessage) e.getMessage()).getData(), StandardCharsets.UTF_8));
        }
      }
    }
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(lyricEvents).hasSize(json.get("syllables").asInt());
    String joined = String.join("", lyricEvents).replace("-", "").replace(" ", "").toLowerCase();
    assertThat(joined).startsWith("twinkletwinklelittlestar");
  }

  @Test
  void jsonResultDescribesTheSong() throws Exception {
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "star", "--json", "--key", "D", "--tempo", "100", "--time", "3/4", "--seed", "7", "--emotion", "happy");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("key").asText()).isEqualTo("D");
    assertThat(j.get("mode").asText()).isEqualTo("major");
    assertThat(j.get("tempo").asInt()).isEqualTo(100);
    assertThat(j.get("time").asText()).isEqualTo("3/4");
    assertThat(j.get("seed").asLong()).isEqualTo(7);
    assertThat(j.get("emotion").asText()).isEqualTo("joyful");
    assertThat(j.get("analysis").get("source").asText()).isEqualTo("offline");
    assertThat(j.get("notes").asInt()).isEqualTo(j.get("syllables").asInt());
    assertThat(j.get("files")).hasSize(2);
  }

  @Test
  void sameSeedSameBytesDifferentSeedDifferentMelody() throws Exception {
    assertThat(cli.run("--lyrics", LYRICS, "--out", "a", "--seed", "42").exitCode()).isZero();
    assertThat(cli.run("--lyrics", LYRICS, "--out", "b", "--seed", "42").exitCode()).isZero();
    assertThat(cli.run("--lyrics", LYRICS, "--out", "c", "--seed", "43").exitCode()).isZero();
    Path w = cli.work();
    assertThat(Files.readAllBytes(w.resolve("a.mid"))).isEqualTo(Files.readAllBytes(w.resolve("b.mid")));
    assertThat(Files.readString(w.resolve("a.musicxml")).replace("<work-title>a<", "<work-title>b<"))
        .isEqualTo(Files.readString(w.resolve("b.musicxml")));
    assertThat(Files.readAllBytes(w.resolve("a.mid"))).isNotEqualTo(Files.readAllBytes(w.resolve("c.mid")));
  }

  @Test
  void lyricsFromFileAndStdin() throws Exception {
    Path f = cli.work().resolve("song.txt");
    Files.writeString(f, "\uFEFF" + LYRICS + "\n\n[Chorus]\nShine on, shine on\n");
    assertThat(cli.run("--lyrics-file", "song.txt", "--out", "fromfile").exitCode()).isZero();
    CliRunner.Result r = cli.stdin(LYRICS).run("--lyrics-file", "-", "--out", "fromstdin", "-o", "out", "-q");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(filesIn(cli.work().resolve("out"))).containsExactly("fromstdin.mid", "fromstdin.musicxml");
  }

  @Test
  void existingFilesAreNeverOverwrittenWithoutForce() throws Exception {
    assertThat(cli.run("--lyrics", LYRICS, "--out", "star", "--seed", "1").exitCode()).isZero();
    byte[] before = Files.readAllBytes(cli.work().resolve("star.mid"));
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "star", "--seed", "2");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OUTPUT_EXISTS);
    assertThat(r.err()).contains("--force").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Files.readAllBytes(cli.work().resolve("star.mid"))).isEqualTo(before);
    CliRunner.Result forced = cli.run("--lyrics", LYRICS, "--out", "star", "--seed", "2", "--force");
    assertThat(forced.exitCode()).as(forced.toString()).isZero();
    assertThat(Files.readAllBytes(cli.work().resolve("star.mid"))).isNotEqualTo(before);
    assertThat(filesIn(cli.work())).containsExactly("star.mid", "star.musicxml");
  }

  @Test
  void unsafeBaseNamesAreRefusedAndNothingIsWritten() throws Exception {
    for (String bad : new String[] {"../evil", "a/b", "CON", "nul.txt", "x\u0001y", "..", "LPT1"}) {
      CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", bad);
      assertThat(r.exitCode()).as(bad + "\n" + r).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(bad).contains("--output-dir").doesNotContain("\tat ");
      assertThat(r.err().lines().count()).as(bad + "\n" + r).isEqualTo(1);
    }
    assertThat(filesIn(cli.work())).isEmpty();
    assertThat(filesIn(tmp)).doesNotContain("evil.mid");
  }

  @Test
  void badInputGetsOneLineAndAUsageCode() throws Exception {
    Files.write(cli.work().resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
    Files.writeString(cli.work().resolve("empty.txt"), "  \n\n");
    String[][] cases = {
      {"--lyrics", "   ", "--out", "x"},
      {"--lyrics-file", "missing.txt", "--out", "x"},
      {"--lyrics-file", "latin1.txt", "--out", "x"},
      {"--lyrics-file", "empty.txt", "--out", "x"},
      {"--lyrics", LYRICS, "--out", "x", "--key", "H minor"},
      {"--lyrics", LYRICS, "--out", "x", "--time", "5/3"},
      {"--lyrics", LYRICS, "--out", "x", "--tempo", "fast"},
      {"--lyrics", LYRICS, "--out", "x", "--tempo", "999"},
      {"--lyrics", LYRICS, "--out", "x", "--emotion", "hapy"},
      {"--lyrics", LYRICS, "--out", "x", "--voice", "kazoo"},
      {"--lyrics", LYRICS, "--out", "x", "--format", "midi,mp3"},
      {"--lyrics", "la\u0007la", "--out", "x"},
      {"--lyrics", LYRICS, "--out", "x", "--tempoo", "90"},
      {"--out", "x"},
    };
    String[] expected = {
      "empty", "does not exist", "not UTF-8", "empty", "not a key", "not a time signature",
      "not a whole number", "out of range", "did you mean 'happy'", "not a voice", "unknown output format",
      "control character", "Unknown option", "Missing required"
    };
    for (int i = 0; i < cases.length; i++) {
      CliRunner.Result r = cli.run(cases[i]);
      assertThat(r.exitCode()).as(String.join(" ", cases[i]) + "\n" + r).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).as(r.toString()).contains(expected[i]).doesNotContain("\tat ").startsWith("l2m: ");
      assertThat(r.out()).isEmpty();
    }
    assertThat(filesIn(cli.work())).containsExactly("empty.txt", "latin1.txt");
  }

  @Test
  void tooLargeInputIsRefused() throws Exception {
    Path big = cli.work().resolve("big.txt");
    Files.writeString(big, "la la la la la\n".repeat(30_000));
    CliRunner.Result r = cli.run("--lyrics-file", "big.txt", "--out", "x");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("too");
  }

  @Test
  void invalidEnvironmentValueIsAConfigError() throws Exception {
    CliRunner.Result r = cli.env("L2M_TEMPO", "fast").run("--lyrics", LYRICS, "--out", "x");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.CONFIG);
    assertThat(r.err()).contains("L2M_TEMPO").contains("fast");
    assertThat(filesIn(cli.work())).isEmpty();
    CliRunner.Result flagWins = cli.run("--lyrics", LYRICS, "--out", "x", "--tempo", "90");
    assertThat(flagWins.exitCode()).as("a flag overrides the bad env value").isZero();
  }

  @Test
  void unreadableEmotionMapIsAConfigError() throws Exception {
    Files.writeString(cli.work().resolve("map.json"), "{ not json");
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "x", "--emotion-map", "map.json");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.CONFIG);
    assertThat(r.err()).contains("map.json").contains("not valid JSON");
  }

  @Test
  void configFileSuppliesDefaults() throws Exception {
    Path conf = tmp.resolve("xdg/config/l2m/config.properties");
    Files.createDirectories(conf.getParent());
    Files.writeString(conf, "tempo=77\ntime=3/4\n");
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "x", "--json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("tempo").asInt()).isEqualTo(77);
    assertThat(j.get("time").asText()).isEqualTo("3/4");
  }

  @Test
  void logsGoToTheStateDirectoryNotTheWorkingDirectory() throws Exception {
    assertThat(cli.run("--lyrics", LYRICS, "--out", "x").exitCode()).isZero();
    Path log = tmp.resolve("xdg/state/l2m/logs/l2m.log");
    assertThat(log).exists();
    assertThat(Files.readString(log)).contains("wrote");
    assertThat(filesIn(cli.work())).containsExactly("x.mid", "x.musicxml");
    Path custom = tmp.resolve("custom.log");
    assertThat(cli.run("--lyrics", LYRICS, "--out", "y", "--log-file", custom.toString()).exitCode()).isZero();
    assertThat(custom).exists();
  }

  @Test
  void debugShowsTheStackTraceOnlyWhenAsked() throws Exception {
    CliRunner.Result plain = cli.run("--lyrics", LYRICS, "--out", "x", "--key", "H");
    assertThat(plain.err()).doesNotContain("\tat ");
    CliRunner.Result debug = cli.run("--lyrics", LYRICS, "--out", "x", "--key", "H", "--debug");
    assertThat(debug.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(debug.err()).contains("\tat ");
  }

  @Test
  void outputDirectoryThatIsAFileCannotBeWritten() throws Exception {
    Files.writeString(cli.work().resolve("afile"), "x");
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "x", "-o", "afile" + File.separator + "sub");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OUTPUT_FAILED);
    assertThat(r.err().lines().count()).isEqualTo(1);
  }
}
