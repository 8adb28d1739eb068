package dev.l2m.evaluate;

import static dev.l2m.evaluate.Xml.attributes;
import static dev.l2m.evaluate.Xml.measure;
import static dev.l2m.evaluate.Xml.score;
import static dev.l2m.evaluate.Xml.sung;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFormatterTest {
  @TempDir Path dir;

  private Path song(String name, String... pitches) throws IOException {
    StringBuilder notes = new StringBuilder();
    for (String p : pitches) {
      notes.append(sung(p, 1, "single", "la"));
    }
    Path f = dir.resolve(name);
    Files.writeString(
        f, score(measure(1, attributes(1, 0, "major", pitches.length, 4), notes.toString())));
    return f;
  }

  @Test
  void oneSongGivesADetailedBlock() throws IOException {
    Evaluator evaluator = new Evaluator(StressLookup.none());
    String text = ReportFormatter.text(List.of(evaluator.evaluate(song("a.musicxml", "E4", "D4", "C4"))));
    assertThat(text)
        .contains("a.musicxml — Test")
        .contains("3/4, C major, 1 bars")
        .contains("3 syllables on 3 notes")
        .contains("ambitus        4 semitones (C4–E4)")
        .contains("final tonic    yes")
        .contains("measures       all complete");
  }

  @Test
  void severalSongsGiveATableACorpusSummaryAndTheErrors() throws IOException {
    Evaluator evaluator = new Evaluator(StressLookup.none());
    List<Evaluation> all =
        evaluator.evaluate(
            List.of(song("a.musicxml", "C4", "D4"), song("b.musicxml", "G4", "G4"), dir.resolve("gone.mxl")));
    String text = ReportFormatter.text(all);
    assertThat(text).contains("a.musicxml").contains("b.musicxml").contains("corpus: 2 songs, 4 syllables");
    assertThat(text).contains("error: ").contains("gone.mxl does not exist");
  }

  @Test
  void jsonCarriesSongsErrorsAndCorpus() throws IOException {
    Evaluator evaluator = new Evaluator(StressLookup.none());
    List<Evaluation> all =
        evaluator.evaluate(
            List.of(song("a.musicxml", "C4", "D4"), song("b.musicxml", "G4", "G4"), dir.resolve("gone.mxl")));
    JsonNode root = new ObjectMapper().readTree(ReportFormatter.json(all));
    assertThat(root.get("songs")).hasSize(2);
    JsonNode a = root.get("songs").get(0);
    assertThat(a.get("syllables").asInt()).isEqualTo(2);
    assertThat(a.get("key").asText()).isEqualTo("C major");
    assertThat(a.get("intervals").get("steps").asDouble()).isEqualTo(1.0);
    assertThat(a.get("intervals").get("histogram").get("2").asInt()).isEqualTo(1);
    assertThat(a.get("durations").get("histogram").get("1").asInt()).isEqualTo(2);
    assertThat(a.get("stress").get("strongGivenStressed").isNull()).isTrue();
    assertThat(a.get("endsOnTonic").asBoolean()).isFalse();
    assertThat(root.get("errors")).hasSize(1);
    assertThat(root.get("errors").get(0).get("error").asText()).contains("does not exist");
    assertThat(root.get("corpus").get("songs").asInt()).isEqualTo(2);
    assertThat(root.get("corpus").get("medianAmbitus").asDouble()).isEqualTo(1.0);
  }

  @Test
  void numbersAreWrittenPlainly() {
    assertThat(ReportFormatter.number(1.0)).isEqualTo("1");
    assertThat(ReportFormatter.number(0.5)).isEqualTo("0.5");
    assertThat(ReportFormatter.number(1 / 3.0)).isEqualTo("0.333");
    assertThat(ReportFormatter.percent(0.4)).isEqualTo("40%");
    assertThat(ReportFormatter.percent(0.074)).isEqualTo("7.4%");
    assertThat(ReportFormatter.percent(Double.NaN)).isEqualTo("n/a");
    assertThat(ReportFormatter.pitchName(60)).isEqualTo("C4");
    assertThat(ReportFormatter.pitchName(70)).isEqualTo("Bb4");
  }
}
