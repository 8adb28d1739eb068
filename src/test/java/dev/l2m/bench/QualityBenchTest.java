package dev.l2m.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.evaluate.StressLookup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityBenchTest {
  @TempDir Path tmp;

  private static String score(String notes) {
    return "<score-partwise><part-list><score-part id=\"P1\"/></part-list><part id=\"P1\">"
        + "<measure number=\"1\"><attributes><divisions>1</divisions><key><fifths>0</fifths></key>"
        + "<time><beats>4</beats><beat-type>4</beat-type></time></attributes>"
        + notes
        + "</measure></part></score-partwise>";
  }

  private static String note(String step, String syllabic, String text) {
    return "<note><pitch><step>"
        + step
        + "</step><octave>4</octave></pitch><duration>1</duration><lyric number=\"1\"><syllabic>"
        + syllabic
        + "</syllabic><text>"
        + text
        + "</text></lyric></note>";
  }

  @Test
  void extractsLyricsAndComparesOriginalAndGenerated() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus/Some Song"));
    String melody =
        note("E", "single", "Hap") + note("D", "begin", "py") + note("D", "end", "days.") + note("C", "single", "now");
    Files.writeString(corpus.resolve("Some Song.musicxml"), score(melody));
    Files.writeString(corpus.resolve("Silent.musicxml"), score("<note><rest/><duration>4</duration></note>"));
    Path work = tmp.resolve("work");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QualityBench bench = new QualityBench(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(bench.extract(tmp.resolve("corpus"), work)).isEqualTo(1);
    assertThat(Files.readString(work.resolve("lyrics/001-Some_Song.txt"))).isEqualTo("Hap pydays. now\n");

    // l2m's "setting": the same score, as if generated
    Files.createDirectories(work.resolve("generated"));
    Files.writeString(work.resolve("generated/001-Some_Song.musicxml"), score(melody));
    StressLookup stress = w -> Optional.ofNullable(Map.of("pydays", new int[] {1, 0}).get(w));
    boolean passed = bench.report(work, stress);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("001-Some_Song")
        .contains("interval-histogram overlap  1.000")
        .contains("PASS every word sung, in order, in every song")
        .contains("PASS every song ends on its tonic");
    assertThat(passed).isTrue();
  }

  @Test
  void aMissingGeneratedScoreFailsTheLyricTarget() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.musicxml"), score(note("C", "single", "la")));
    Path work = tmp.resolve("work");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QualityBench bench = new QualityBench(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    bench.extract(corpus, work);
    assertThat(bench.report(work, StressLookup.none())).isFalse();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("FAIL every word sung, in order, in every song")
        .contains("l2m wrote no score");
  }
}
