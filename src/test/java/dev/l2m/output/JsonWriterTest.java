package dev.l2m.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.score.Key;
import dev.l2m.score.Mode;
import dev.l2m.score.Song;
import dev.l2m.score.TimeSignature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final Analysis ANALYSIS = new Analysis("joy", 0.7, 0.6, 0.9, AnalysisSource.OFFLINE,
      List.of("grace", "sweet"), Key.of(9, Mode.MINOR), 96, new TimeSignature(3, 4), "");

  private static String json(Song song, Analysis analysis, Long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonWriter(analysis, seed).write(song, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheDocumentedFields() throws Exception {
    JsonNode doc = MAPPER.readTree(json(AudioTestSongs.amazing(), ANALYSIS, 42L));

    assertThat(doc.get("format").asText()).isEqualTo("l2m-song");
    assertThat(doc.get("version").asInt()).isEqualTo(1);
    assertThat(doc.get("key").get("name").asText()).isEqualTo("G major");
    assertThat(doc.get("time").get("text").asText()).isEqualTo("4/4");
    assertThat(doc.get("pickup").get("quarters").asDouble()).isEqualTo(1.0);
    JsonNode grace = doc.get("notes").get(3);
    assertThat(grace.get("pitchName").asText()).isEqualTo("B4");
    assertThat(grace.get("startQuarters").asDouble()).isEqualTo(3.0);
    assertThat(grace.get("durationQuarters").asDouble()).isEqualTo(0.5);
    assertThat(grace.get("measure").asInt()).isEqualTo(1);
    assertThat(grace.get("lyric").get("syllabic").asText()).isEqualTo("single");
    assertThat(doc.get("notes").get(4).get("lyric").isNull()).as("melisma").isTrue();
    assertThat(doc.get("notes").get(6).get("pitchName").asText()).isEqualTo("F5");
    assertThat(doc.get("chords").get(1).get("symbol").asText()).isEqualTo("D7");
    assertThat(doc.get("chords").get(1).get("quality").asText()).isEqualTo("dominant_seventh");
    assertThat(doc.get("phrases").get(0).get("section").asText()).isEqualTo("Verse");
    assertThat(doc.get("analysis").get("source").asText()).isEqualTo("offline");
    assertThat(doc.get("seed").asLong()).isEqualTo(42L);
  }

  @Test
  void leavesOutAnalysisAndSeedWhenUnknown() throws Exception {
    JsonNode doc = MAPPER.readTree(json(AudioTestSongs.amazing(), null, null));
    assertThat(doc.has("analysis")).isFalse();
    assertThat(doc.has("seed")).isFalse();
    assertThat(violations(doc)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void satisfiesTheSchema(long seed) throws Exception {
    JsonNode doc = MAPPER.readTree(json(AudioTestSongs.random(seed), ANALYSIS, seed));
    assertThat(violations(doc)).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesAMissingField() throws Exception {
    JsonNode doc = MAPPER.readTree(json(AudioTestSongs.amazing(), ANALYSIS, 1L));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("notes").get(0)).remove("pitch");
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("analysis")).put("source", "guess");
    assertThat(violations(doc)).containsExactlyInAnyOrder(
        "$.notes[0]: missing pitch", "$.analysis.source: \"guess\" not in enum");
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 7, 99, 12345})
  void readsBackTheSameSongAnalysisAndSeed(long seed) throws Exception {
    Song song = seed == 0 ? AudioTestSongs.amazing() : AudioTestSongs.random(seed);
    String text = json(song, ANALYSIS, seed);

    SongDocument doc = JsonWriter.read(text);

    assertThat(doc.toSong()).isEqualTo(song);
    assertThat(doc.toAnalysis()).isEqualTo(ANALYSIS);
    assertThat(doc.seed()).isEqualTo(seed);
    assertThat(doc).isEqualTo(SongDocument.of(song, ANALYSIS, seed));
  }

  @Test
  void refusesOtherFormatsAndNewerVersions() throws Exception {
    String text = json(AudioTestSongs.amazing(), null, null);
    SongDocument newer = JsonWriter.read(text.replace("\"version\" : 1", "\"version\" : 2"));
    assertThatThrownBy(newer::toSong).hasMessageContaining("newer");
    SongDocument other = JsonWriter.read(text.replace("l2m-song", "x"));
    assertThatThrownBy(other::toSong).hasMessageContaining("not an l2m song");
  }

  @Test
  void isDeterministic() throws Exception {
    assertThat(json(AudioTestSongs.random(5), ANALYSIS, 5L))
        .isEqualTo(json(AudioTestSongs.random(5), ANALYSIS, 5L));
  }

  /**
   * Checks a document against the bundled schema's structure: required fields, const and enum
   * values, types of integers and strings, arrays and $refs (the subset the schema uses).
   */
  static List<String> violations(JsonNode doc) throws IOException {
    JsonNode schema;
    try (InputStream in = JsonWriter.class.getResourceAsStream(JsonWriter.SCHEMA_RESOURCE)) {
      assertThat(in).as("bundled schema").isNotNull();
      schema = MAPPER.readTree(in);
    }
    List<String> problems = new ArrayList<>();
    check(doc, schema, schema, "$", problems);
    return problems;
  }

  private static void check(
      JsonNode value, JsonNode rule, JsonNode root, String path, List<String> problems) {
    if (rule.has("$ref")) {
      String name = rule.get("$ref").asText().substring("#/$defs/".length());
      check(value, root.get("$defs").get(name), root, path, problems);
    }
    if (rule.has("oneOf")) {
      int matches = 0;
      for (JsonNode option : rule.get("oneOf")) {
        List<String> sub = new ArrayList<>();
        check(value, option, root, path, sub);
        matches += sub.isEmpty() ? 1 : 0;
      }
      if (matches != 1) {
        problems.add(path + ": matches " + matches + " of oneOf");
      }
    }
    if (rule.has("const") && !rule.get("const").equals(value)) {
      problems.add(path + ": not " + rule.get("const"));
    }
    if (rule.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : rule.get("enum")) {
        found |= allowed.equals(value) || (allowed.isNumber() && value.isNumber()
            && allowed.asDouble() == value.asDouble());
      }
      if (!found) {
        problems.add(path + ": " + value + " not in enum");
      }
    }
    if (rule.has("type")) {
      List<String> types = new ArrayList<>();
      if (rule.get("type").isArray()) {
        rule.get("type").forEach(t -> types.add(t.asText()));
      } else {
        types.add(rule.get("type").asText());
      }
      boolean ok = types.stream().anyMatch(t -> switch (t) {
        case "object" -> value.isObject();
        case "array" -> value.isArray();
        case "string" -> value.isTextual();
        case "integer" -> value.isIntegralNumber();
        case "number" -> value.isNumber();
        case "boolean" -> value.isBoolean();
        case "null" -> value.isNull();
        default -> false;
      });
      if (!ok) {
        problems.add(path + ": not " + types);
        return;
      }
    }
    if (value.isNumber()) {
      if (rule.has("minimum") && value.asDouble() < rule.get("minimum").asDouble()) {
        problems.add(path + ": below minimum");
      }
      if (rule.has("maximum") && value.asDouble() > rule.get("maximum").asDouble()) {
        problems.add(path + ": above maximum");
      }
    }
    if (value.isObject()) {
      if (rule.has("required")) {
        for (JsonNode name : rule.get("required")) {
          if (!value.has(name.asText())) {
            problems.add(path + ": missing " + name.asText());
          }
        }
      }
      if (rule.has("properties")) {
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> f = fields.next();
          JsonNode sub = rule.get("properties").get(f.getKey());
          if (sub == null) {
            problems.add(path + ": undocumented field " + f.getKey());
          } else {
            check(f.getValue(), sub, root, path + "." + f.getKey(), problems);
          }
        }
      }
    }
    if (value.isArray() && rule.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(value.get(i), rule.get("items"), root, path + "[" + i + "]", problems);
      }
    }
  }
}
