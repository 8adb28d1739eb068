package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  @TempDir Path tmp;
  CliRunner cli;
  Path lyrics;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliRunner(tmp);
    lyrics = Files.createDirectories(cli.work().resolve("lyrics"));
    Files.writeString(lyrics.resolve("star.txt"), "Twinkle twinkle little star\nHow I wonder what you are\n");
    Files.writeString(lyrics.resolve("grace.txt"), "Amazing grace how sweet the sound\n");
  }

  private List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void allItemsMadeExitsZeroWithPlainProgressAndNoBar() throws IOException {
    CliRunner.Result r = cli.run("batch", "lyrics", "-o", "out", "--jobs", "2");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("batch: 2 items").contains("batch: 2/2 done, 0 failed").doesNotContain("\r");
    assertThat(filesIn(cli.work().resolve("out")))
        .containsExactly(".l2m-batch.journal", "grace.mid", "grace.musicxml", "star.mid", "star.musicxml");
  }

  @Test
  void someFailedItemsExitSevenAndTheReportSaysWhy() throws IOException {
    Files.writeString(lyrics.resolve("empty.txt"), "");
    CliRunner.Result r = cli.run("batch", "lyrics", "-o", "out", "--report", "report.json", "--jobs", "1");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.BATCH_FAILURES);
    assertThat(r.err()).contains("failed").contains("empty.txt").contains("--resume");
    JsonNode report = new ObjectMapper().readTree(cli.work().resolve("report.json").toFile());
    assertThat(report.get("totals").get("failed").asInt()).isEqualTo(1);
    assertThat(report.get("totals").get("succeeded").asInt()).isEqualTo(2);
  }

  @Test
  void quietPrintsNothingAndJsonGivesTheTotalsOnStdout() throws IOException {
    CliRunner.Result r = cli.run("batch", "lyrics", "-o", "out", "-q", "--json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode totals = new ObjectMapper().readTree(r.out());
    assertThat(totals.get("succeeded").asInt()).isEqualTo(2);
  }

  @Test
  void aListOfPathsOnStdin() throws IOException {
    cli.stdin("lyrics/star.txt\n\n" + lyrics.resolve("grace.txt") + "\n");
    CliRunner.Result r = cli.run("batch", "-", "-o", "out", "-q");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(filesIn(cli.work().resolve("out"))).contains("star.mid", "grace.mid");
  }

  @Test
  void rerunNeedsResumeOrForceAndResumeSkipsFinishedItems() throws IOException {
    assertThat(cli.run("batch", "lyrics", "-o", "out", "-q").exitCode()).isZero();
    CliRunner.Result again = cli.run("batch", "lyrics", "-o", "out");
    assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCode.OUTPUT_EXISTS);
    assertThat(again.err()).contains("--resume").contains("--force");
    CliRunner.Result resumed = cli.run("batch", "lyrics", "-o", "out", "--resume");
    assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
    assertThat(resumed.err()).contains("0 made, 0 failed, 2 already done");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(cli.run("batch", "missing.txt", "-o", "out").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run("batch", "lyrics", "--shard", "3/2").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run("batch", "lyrics", "--jobs", "0").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run("batch", "lyrics", "--log-format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run("batch", "lyrics", "--key", "H#").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(cli.run("batch").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void jsonLogLinesCarryTheItemCorrelationId() throws IOException {
    Path log = tmp.resolve("log.jsonl");
    CliRunner.Result r =
        cli.run("batch", "lyrics", "-o", "out", "-q", "--log-format", "json", "--log-file", log.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    ObjectMapper om = new ObjectMapper();
    List<JsonNode> itemLines =
        Files.readAllLines(log).stream()
            .map(l -> readJson(om, l))
            .filter(n -> n.path("mdc").has("item"))
            .toList();
    assertThat(itemLines).isNotEmpty();
    assertThat(itemLines).allSatisfy(n -> assertThat(n.get("formattedMessage").asText()).startsWith("item "));
    assertThat(itemLines.stream().map(n -> n.get("mdc").get("item").asText()).distinct()).hasSize(2);
  }

  private static JsonNode readJson(ObjectMapper om, String line) {
    try {
      return om.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON log line: " + line, e);
    }
  }

  @Test
  void anUnreachableModelFallsBackToOfflineOrFailsItemsWithNoFallback() throws IOException {
    for (int i = 0; i < 4; i++) {
      Files.writeString(lyrics.resolve("more" + i + ".txt"), "Walking down the lonely road number " + i + "\n");
    }
    cli.env("L2M_MODEL", "test-model").env("L2M_API_KEY", "sk-test-000000000000").env("L2M_BASE_URL", "http://127.0.0.1:9/v1");
    CliRunner.Result r =
        cli.run("batch", "lyrics", "-o", "out", "-q", "--jobs", "1", "--max-retries", "0", "--timeout", "2",
            "--no-cache", "--report", "report.json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(cli.work().resolve("report.json").toFile());
    assertThat(report.get("items")).hasSize(6);
    assertThat(report.get("items")).allSatisfy(n -> assertThat(n.get("analysisSource").asText()).isEqualTo("offline-fallback"));

    CliRunner.Result strict =
        cli.run("batch", "lyrics", "-o", "strict", "-q", "--jobs", "1", "--max-retries", "0", "--timeout", "2",
            "--no-cache", "--no-fallback", "--report", "strict.json");
    assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(ExitCode.BATCH_FAILURES);
    JsonNode strictReport = new ObjectMapper().readTree(cli.work().resolve("strict.json").toFile());
    assertThat(strictReport.get("totals").get("failed").asInt()).isEqualTo(6);
    assertThat(strictReport.get("items")).allSatisfy(n -> assertThat(n.get("error").asText()).contains("--no-fallback"));
  }

  @Test
  void otherFormatsArePerItemAndWavIsRefused() throws IOException {
    CliRunner.Result r = cli.run("batch", "lyrics", "-o", "out", "-q", "--format", "musicxml,abc,json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(filesIn(cli.work().resolve("out")))
        .containsExactly(".l2m-batch.journal", "grace.abc", "grace.json", "grace.musicxml", "star.abc", "star.json",
            "star.musicxml");
    assertThat(Files.readString(cli.work().resolve("out/star.json"))).contains("seed");
    assertThat(cli.run("batch", "lyrics", "-o", "out2", "--format", "wav").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void batchIsListedInTheRootHelp() {
    assertThat(cli.run("--help").out()).contains("batch");
  }
}
