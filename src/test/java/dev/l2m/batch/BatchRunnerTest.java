package dev.l2m.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.LexiconAnalyzer;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import dev.l2m.output.SongWriters;
import dev.l2m.pipeline.SongPipeline;
import dev.l2m.score.Voice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
  private static final EmotionMap MAP = EmotionMap.bundled();
  private static final SongPipeline PIPELINE =
      new SongPipeline(new LyricsParser(new RuleSyllabifier()), new LexiconAnalyzer(MAP), MAP);
  private static final BatchSettings SETTINGS = new BatchSettings(null, null, null, null, Voice.SOPRANO, true, null);
  private static final BatchRunner.Defaults DEFAULTS =
      new BatchRunner.Defaults(t -> t.lines().findFirst().orElse("untitled").strip(), t -> t.strip().hashCode());
  private static final List<String> SONGS =
      List.of(
          "Twinkle twinkle little star\nHow I wonder what you are",
          "Amazing grace how sweet the sound\nThat saved a wretch like me",
          "Row row row your boat\nGently down the stream",
          "Happy birthday to you\nHappy birthday dear friend",
          "The river runs so cold tonight\nI walk alone beneath the light",
          "Sunshine on my shoulder\nmakes me happy every day");

  @TempDir Path tmp;
  Path out;

  @BeforeEach
  void setUp() {
    out = tmp.resolve("out");
  }

  private BatchRunner.Options options(int jobs, boolean failFast, boolean resume, boolean force, Shard shard) {
    return new BatchRunner.Options(
        out, g -> SongWriters.standard(true).all(), SETTINGS, jobs, failFast, resume, force, shard);
  }

  private static final class Recorder implements BatchListener {
    final List<ItemResult> results = Collections.synchronizedList(new ArrayList<>());
    long total = -1;
    BatchSummary summary;

    @Override
    public void started(long t) {
      total = t;
    }

    @Override
    public void finished(ItemResult r) {
      results.add(r);
    }

    @Override
    public void ended(BatchSummary s) {
      summary = s;
    }

    Map<String, ItemResult> byName() {
      Map<String, ItemResult> m = new HashMap<>();
      results.forEach(r -> m.put(r.name(), r));
      return m;
    }
  }

  private Recorder run(BatchRunner.Options opts, List<Path> inputs) {
    Recorder rec = new Recorder();
    new BatchRunner(PIPELINE, opts, DEFAULTS, "test").run(BatchInputs.of(inputs), rec);
    return rec;
  }

  private Path jsonl(String name, List<String> lines) throws IOException {
    return Files.write(tmp.resolve(name), lines, StandardCharsets.UTF_8);
  }

  private static String line(String id, String lyrics) {
    ObjectMapper om = new ObjectMapper();
    return om.createObjectNode().put("id", id).put("lyrics", lyrics).toString();
  }

  private Path songsFile(int count) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(line("song " + i, SONGS.get(i % SONGS.size()) + "\nverse " + i));
    }
    return jsonl("songs.jsonl", lines);
  }

  private List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void mixedGoodAndBadItemsAreAllRecordedAndTheGoodOnesWritten() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("lyrics"));
    Files.writeString(dir.resolve("good.txt"), SONGS.get(0));
    Files.writeString(dir.resolve("empty.txt"), "   \n");
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("huge.txt"), new byte[dev.l2m.lyrics.LyricsText.MAX_BYTES + 1]);
    Path items =
        jsonl(
            "items.jsonl",
            List.of(
                line("../../escape", SONGS.get(1)),
                line("good", SONGS.get(2)),
                line("CON", SONGS.get(3)),
                line("long", "la ".repeat(LyricsParser.MAX_CHARS)),
                "{\"id\":\"badkey\",\"lyrics\":\"hello there\",\"key\":\"H#\"}",
                "{\"id\":\"mood\",\"lyrics\":\"hello there\",\"emotion\":\"no-such-emotion\"}"));

    Recorder rec = run(options(2, false, false, false, Shard.ALL), List.of(dir, items));

    assertThat(rec.total).isEqualTo(10);
    Map<String, ItemResult> r = rec.byName();
    assertThat(r.keySet())
        .containsExactlyInAnyOrder("empty", "good", "huge", "latin1", "escape", "good-2", "CON_", "long", "badkey", "mood");
    assertThat(r.values().stream().filter(x -> x.status() == ItemStatus.OK).map(ItemResult::name))
        .containsExactlyInAnyOrder("good", "escape", "good-2", "CON_");
    assertThat(r.get("empty").error()).contains("empty");
    assertThat(r.get("latin1").error()).contains("UTF-8");
    assertThat(r.get("huge").error()).contains("too large");
    assertThat(r.get("long").error()).isNotBlank();
    assertThat(r.get("badkey").error()).startsWith("bad key 'H#'");
    assertThat(r.get("mood").error()).contains("no-such-emotion");
    assertThat(rec.summary.failed()).isEqualTo(6);
    assertThat(rec.summary.succeeded()).isEqualTo(4);
    assertThat(rec.summary.allSucceeded()).isFalse();
    assertThat(filesIn(out))
        .containsExactly(
            ".l2m-batch.journal", "CON_.mid", "CON_.musicxml", "escape.mid", "escape.musicxml", "good-2.mid",
            "good-2.musicxml", "good.mid", "good.musicxml");
    assertThat(tmp.resolve("escape.mid")).doesNotExist();
    ItemResult good = r.get("good");
    assertThat(good.files()).containsExactly(out.resolve("good.mid").toString(), out.resolve("good.musicxml").toString());
    assertThat(good.analysisSource()).isNotBlank();
    assertThat(good.correlationId()).isEqualTo("test-" + (good.index() + 1));
  }

  @Test
  void perItemOptionsOverrideTheBatchSettings() throws IOException {
    Path items =
        jsonl("o.jsonl", List.of("{\"id\":\"a\",\"lyrics\":\"" + SONGS.get(0).replace("\n", "\\n") + "\",\"key\":\"F#m\",\"tempo\":133,\"seed\":7}"));
    Recorder rec = run(options(1, false, false, false, Shard.ALL), List.of(items));
    ItemResult a = rec.results.get(0);
    assertThat(a.status()).as(String.valueOf(a.error())).isEqualTo(ItemStatus.OK);
    assertThat(a.key()).isEqualTo("F# minor");
    assertThat(a.tempo()).isEqualTo(133);
    assertThat(a.seed()).isEqualTo(7L);
  }

  @Test
  void oneAndTwoWorkersWriteIdenticalFiles() throws IOException {
    Path input = songsFile(8);
    run(options(1, false, false, false, Shard.ALL), List.of(input));
    Map<String, byte[]> serial = contents(out);
    out = tmp.resolve("out2");
    run(options(2, false, false, false, Shard.ALL), List.of(input));
    Map<String, byte[]> parallel = contents(out);
    assertThat(parallel.keySet()).isEqualTo(serial.keySet()).hasSize(16);
    serial.forEach((name, bytes) -> assertThat(parallel.get(name)).as(name).isEqualTo(bytes));
  }

  private Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> m = new HashMap<>();
    for (String f : filesIn(dir)) {
      if (!f.startsWith(".")) {
        m.put(f, Files.readAllBytes(dir.resolve(f)));
      }
    }
    return m;
  }

  @Test
  void shardsTogetherMakeEveryItemExactlyOnce() throws IOException {
    Path input = songsFile(11);
    Set<String> seen = new HashSet<>();
    int made = 0;
    for (int n = 1; n <= 3; n++) {
      Recorder rec = run(options(1, false, false, false, new Shard(n, 3)), List.of(input));
      for (ItemResult r : rec.results) {
        assertThat(seen.add(r.name())).as("made twice: " + r.name()).isTrue();
        made++;
      }
    }
    assertThat(made).isEqualTo(11);
    Recorder whole = run(options(1, false, false, true, Shard.ALL), List.of(input));
    assertThat(seen).isEqualTo(new HashSet<>(whole.byName().keySet()));
    assertThat(filesIn(out)).contains(".l2m-batch-1-of-3.journal", ".l2m-batch-2-of-3.journal", ".l2m-batch-3-of-3.journal");
  }

  @Test
  void resumeAfterAKilledRunSkipsFinishedItemsAndRedoesTheRest() throws IOException {
    Path input = songsFile(5);
    run(options(1, false, false, false, Shard.ALL), List.of(input));
    // simulate kill -9 after two items were journaled, during the third: a torn journal line,
    // the third item's first file in place but not its second, a temp file never moved
    Path journal = out.resolve(".l2m-batch.journal");
    List<String> lines = Files.readAllLines(journal);
    String torn = lines.get(2).substring(0, lines.get(2).length() / 2);
    Files.writeString(journal, lines.get(0) + "\n" + lines.get(1) + "\n" + torn);
    Files.delete(out.resolve("song-2.musicxml"));
    Files.writeString(out.resolve("song-2.mid"), "half-written junk that must not survive");
    for (String f : List.of("song-3.mid", "song-3.musicxml", "song-4.mid", "song-4.musicxml")) {
      Files.delete(out.resolve(f));
    }
    Files.writeString(out.resolve(".l2m-0000-leftover.tmp"), "partial");
    byte[] firstBefore = Files.readAllBytes(out.resolve("song-0.mid"));

    Recorder rec = run(options(2, false, true, false, Shard.ALL), List.of(input));

    Map<String, ItemResult> r = rec.byName();
    assertThat(r.get("song-0").status()).isEqualTo(ItemStatus.SKIPPED);
    assertThat(r.get("song-1").status()).isEqualTo(ItemStatus.SKIPPED);
    assertThat(r.get("song-2").status()).isEqualTo(ItemStatus.OK);
    assertThat(r.get("song-3").status()).isEqualTo(ItemStatus.OK);
    assertThat(r.get("song-4").status()).isEqualTo(ItemStatus.OK);
    assertThat(rec.summary.skipped()).isEqualTo(2);
    assertThat(rec.summary.allSucceeded()).isTrue();
    assertThat(Files.readString(out.resolve("song-2.mid"), StandardCharsets.ISO_8859_1)).startsWith("MThd");
    assertThat(Files.readAllBytes(out.resolve("song-0.mid"))).isEqualTo(firstBefore);
    assertThat(filesIn(out)).noneMatch(f -> f.endsWith(".tmp")).hasSize(11);

    Recorder again = run(options(2, false, true, false, Shard.ALL), List.of(input));
    assertThat(again.summary.skipped()).as("a second resume has nothing left to do").isEqualTo(5);
  }

  @Test
  void anEarlierBatchIsNotOverwrittenWithoutResumeOrForce() throws IOException {
    Path input = songsFile(2);
    run(options(1, false, false, false, Shard.ALL), List.of(input));
    assertThatThrownBy(() -> run(options(1, false, false, false, Shard.ALL), List.of(input)))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("--resume")
        .extracting(e -> ((BatchException) e).reason())
        .isEqualTo(BatchException.Reason.EARLIER_RUN);
    Recorder forced = run(options(1, false, false, true, Shard.ALL), List.of(input));
    assertThat(forced.summary.succeeded()).isEqualTo(2);
  }

  @Test
  void existingFilesFailTheirItemWithoutForce() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("song-1.mid"), "mine");
    Recorder rec = run(options(1, false, false, false, Shard.ALL), List.of(songsFile(3)));
    assertThat(rec.byName().get("song-1").error()).contains("already exists");
    assertThat(Files.readString(out.resolve("song-1.mid"))).isEqualTo("mine");
    assertThat(rec.summary.succeeded()).isEqualTo(2);
  }

  @Test
  void failFastStopsStartingItemsAfterTheFirstFailure() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("not json");
    for (int i = 0; i < 20; i++) {
      lines.add(line("s" + i, SONGS.get(i % SONGS.size())));
    }
    Recorder rec = run(options(1, true, false, false, Shard.ALL), List.of(jsonl("ff.jsonl", lines)));
    assertThat(rec.summary.failed()).isEqualTo(1);
    assertThat(rec.summary.notRun()).isPositive();
    assertThat(rec.summary.total()).isEqualTo(21);
    assertThat(rec.summary.allSucceeded()).isFalse();
  }

  @Test
  void theReportHoldsEveryItemAndTheTotals() throws IOException {
    Path items = jsonl("r.jsonl", List.of(line("a", SONGS.get(0)), "{\"id\":\"b\"}"));
    Path reportFile = tmp.resolve("reports/report.json");
    Recorder rec = new Recorder();
    try (ReportWriter report = new ReportWriter(reportFile, "run1", Shard.ALL, out)) {
      new BatchRunner(PIPELINE, options(1, false, false, false, Shard.ALL), DEFAULTS, "run1")
          .run(BatchInputs.of(List.of(items)), BatchListener.all(List.of(rec, report)));
    }
    JsonNode json = new ObjectMapper().readTree(reportFile.toFile());
    assertThat(json.get("run").asText()).isEqualTo("run1");
    assertThat(json.get("items")).hasSize(2);
    JsonNode a = null;
    JsonNode b = null;
    for (JsonNode n : json.get("items")) {
      if (n.get("name").asText().equals("a")) {
        a = n;
      } else {
        b = n;
      }
    }
    assertThat(a.get("status").asText()).isEqualTo("ok");
    assertThat(a.get("files")).hasSize(2);
    assertThat(a.get("analysisSource").asText()).isNotBlank();
    assertThat(a.get("millis").get("total").asLong()).isGreaterThanOrEqualTo(0);
    assertThat(a.get("correlationId").asText()).isEqualTo("run1-1");
    assertThat(b.get("status").asText()).isEqualTo("failed");
    assertThat(b.get("error").asText()).contains("lyrics");
    assertThat(b.get("origin").asText()).endsWith("r.jsonl:2");
    JsonNode totals = json.get("totals");
    assertThat(totals.get("items").asInt()).isEqualTo(2);
    assertThat(totals.get("succeeded").asInt()).isEqualTo(1);
    assertThat(totals.get("failed").asInt()).isEqualTo(1);
    try (Stream<Path> s = Files.list(reportFile.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }

  @Test
  void anUnfinishedReportLeavesNoFile() throws IOException {
    Path reportFile = tmp.resolve("report.json");
    try (ReportWriter report = new ReportWriter(reportFile, "x", Shard.ALL, out)) {
      report.started(1);
    }
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.toList()).isEmpty();
    }
  }
}
