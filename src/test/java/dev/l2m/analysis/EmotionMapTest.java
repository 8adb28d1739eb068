package dev.l2m.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmotionMapTest {
  private final EmotionMap map = EmotionMap.bundled();

  @Test
  void bundledMapIsParsedOnceAndShared() {
    assertThat(EmotionMap.bundled()).isSameAs(map);
  }

  @Test
  void bundledMapHasAtLeastTwelveCompleteEmotions() {
    assertThat(map.profiles()).hasSizeGreaterThanOrEqualTo(12);
    for (EmotionProfile p : map.profiles()) {
      assertThat(p.synonyms()).as(p.name()).isNotEmpty();
      assertThat(p.modes()).as(p.name()).isNotEmpty();
      assertThat(p.tempoMin()).as(p.name()).isLessThanOrEqualTo(p.tempoMax());
      p.keys().forEach(Key::parse);
      p.meters().forEach(TimeSignature::parse);
      assertThat(p.progressions()).as(p.name()).isNotEmpty();
    }
  }

  @Test
  void synonymsResolveToTheirEmotion() {
    assertThat(map.resolve("Happy").name()).isEqualTo("joyful");
    assertThat(map.resolve("melancholy").name()).isEqualTo("sad");
    assertThat(map.resolve("calm").name()).isEqualTo("peaceful");
  }

  @Test
  void unknownEmotionSuggestsAndListsInsteadOfDefaulting() {
    assertThatThrownBy(() -> map.resolve("hapy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown emotion 'hapy'")
        .hasMessageContaining("did you mean 'happy'")
        .hasMessageContaining("joyful");
    assertThatThrownBy(() -> map.resolve("zzzzzzzzzz")).hasMessageNotContaining("did you mean");
  }

  @Test
  void readsTheSameTreeAsJacksonsObjectMapper() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String bundled;
    try (var in = EmotionMap.class.getResourceAsStream(EmotionMap.BUNDLED_RESOURCE)) {
      bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    for (String json : List.of(
        bundled,
        "{\"a\": [1, -2, 3.5, 1e3, 12345678901, 123456789012345678901234567890]}",
        "{\"t\": true, \"f\": false, \"n\": null, \"s\": \"\\u00e9\\n\", \"e\": {}, \"l\": []}",
        "[[[]], {\"x\": {\"y\": [\"z\"]}}]",
        "{\"same\": 1, \"same\": 2}",
        "\"just a string\"",
        "42")) {
      assertThat(EmotionMap.readTree(json)).as(json).isEqualTo(mapper.readTree(json));
    }
    assertThat(EmotionMap.readTree("  ")).isNull();
  }

  @Test
  void malformedJsonIsReportedWithItsLine() {
    assertThatThrownBy(() -> EmotionMap.parse("{\n  \"emotions\": [\n    {\"name\": }\n  ]\n}", "x.json"))
        .isInstanceOf(EmotionMapException.class)
        .hasMessageContaining("x.json is not valid JSON (line 3)");
    // content after the document is an error, not silently ignored
    assertThatThrownBy(() -> EmotionMap.parse("{\"emotions\": [1]} extra", "x.json"))
        .isInstanceOf(EmotionMapException.class)
        .hasMessageContaining("not valid JSON (line 1)")
        .hasMessageContaining("'extra'");
    assertThatThrownBy(() -> EmotionMap.parse("{\"emotions\": [1]}\n{}", "x.json"))
        .isInstanceOf(EmotionMapException.class)
        .hasMessageContaining("not valid JSON (line 2)")
        .hasMessageContaining("after the end of the document");
  }

  @Test
  void brokenMapsFailWithTheField(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> EmotionMap.parse("{", "x.json")).isInstanceOf(EmotionMapException.class).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> EmotionMap.parse("{\"emotions\": []}", "x.json")).hasMessageContaining("at least one");
    String bad = "{\"emotions\":[{\"name\":\"a\",\"modes\":[\"major\"],\"keys\":[\"C\"],\"tempo\":[300,400],"
        + "\"register\":\"high\",\"contour\":\"arch\",\"density\":0.5,\"velocity\":80,\"meters\":[\"4/4\"],"
        + "\"progressions\":[\"I IV V I\"],\"valence\":0,\"arousal\":0}]}";
    assertThatThrownBy(() -> EmotionMap.parse(bad, "x.json")).hasMessageContaining("emotions[0] (a)").hasMessageContaining("tempo");
    String dup = bad.replace("[300,400]", "[60,90]").replace("\"name\":\"a\",", "\"name\":\"a\",\"synonyms\":[\"b\"],");
    String two = dup.replace("]}", "," + dup.substring(dup.indexOf("{\"name\"")).replace("\"name\":\"a\"", "\"name\":\"b\"").replace("]}", "") + "]}");
    assertThatThrownBy(() -> EmotionMap.parse(two, "x.json")).hasMessageContaining("'b' already belongs to 'a'");
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> EmotionMap.load(missing)).hasMessageContaining("does not exist");
    Path good = dir.resolve("mine.json");
    Files.writeString(good, dup);
    assertThat(EmotionMap.load(good).resolve("b").name()).isEqualTo("a");
  }

  @Test
  void nearestFindsTheClosestPoint() {
    assertThat(map.nearest(-0.75, 0.2).name()).isEqualTo("sad");
    assertThat(map.nearest(0.85, 0.75).name()).isEqualTo("joyful");
  }
}
