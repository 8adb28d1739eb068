package dev.l2m.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.analysis.EmotionMap;
import dev.l2m.lyrics.Line;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnalysisPromptTest {

  private final AnalysisPrompt prompt = new AnalysisPrompt(Fixtures.EMOTIONS);

  @Test
  void renderedPromptMatchesTheGoldenFile() throws Exception {
    // a fixed three-emotion map keeps the golden file independent of edits to the bundled map
    EmotionMap map;
    try (InputStream in = getClass().getResourceAsStream("emotions-golden.json")) {
      map = EmotionMap.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "golden map");
    }
    AnalysisPrompt fixed = new AnalysisPrompt(map);
    String golden;
    try (InputStream in = getClass().getResourceAsStream(AnalysisPrompt.VERSION + ".golden.txt")) {
      assertThat(in).as("golden file for " + AnalysisPrompt.VERSION).isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(fixed.system() + "\n---\n" + fixed.user(Fixtures.lyrics()) + "\n").isEqualTo(golden);
  }

  @Test
  void userPromptHoldsTheLyricsAndTheVocabulary() {
    String user = prompt.user(Fixtures.lyrics());
    for (Line l : Fixtures.lyrics().lines()) {
      assertThat(user).contains(l.text());
    }
    assertThat(user).contains("[Verse]", "[Chorus]", "2 stanzas");
    for (String name : Fixtures.EMOTIONS.names()) {
      assertThat(user).contains(name);
    }
    assertThat(user).contains("from -1", "from 40 to 220", "4/4", "6/8", "dorian");
  }

  @Test
  void vocabularyFollowsTheEmotionMapInUse() {
    EmotionMap custom = EmotionMap.parse("{\"emotions\":[{\"name\":\"blue\",\"modes\":[\"minor\"],"
        + "\"keys\":[\"A\"],\"tempo\":[60,80],\"register\":\"low\",\"contour\":\"falling\","
        + "\"density\":0.3,\"velocity\":60,\"meters\":[\"3/4\"],\"progressions\":[\"i iv\"],"
        + "\"valence\":-0.5,\"arousal\":0.2}]}", "test");
    AnalysisPrompt p = new AnalysisPrompt(custom);
    assertThat(p.user(Fixtures.lyrics())).contains("exactly one of: blue\n");
    assertThat(p.jsonSchema().path("properties").path("emotion").path("enum").toString())
        .isEqualTo("[\"blue\"]");
  }

  @Test
  void placeholdersInsideLyricsAreNotExpanded() {
    var lyrics = new dev.l2m.lyrics.LyricsParser(new dev.l2m.lyrics.RuleSyllabifier())
        .parse("sing {{emotions}} now");
    assertThat(prompt.user(lyrics)).contains("sing {{emotions}} now");
  }

  @Test
  void repairFeedsTheErrorBack() {
    assertThat(prompt.repair("\"valence\" is 4")).contains("rejected: \"valence\" is 4");
  }

  @Test
  void schemaRequiresEveryField() {
    var schema = prompt.jsonSchema();
    assertThat(schema.path("required")).hasSize(schema.path("properties").size());
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
  }
}
