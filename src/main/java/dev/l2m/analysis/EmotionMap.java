package dev.l2m.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.lyrics.EditDistance;
import dev.l2m.score.Key;
import dev.l2m.score.Mode;
import dev.l2m.score.TimeSignature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Emotion names and synonyms mapped to musical parameters. Loaded from JSON ({@code
 * config/emotions.json} is bundled; a user file may replace it) and validated on load, so a
 * broken map fails at start-up with the field that is wrong.
 */
public final class EmotionMap {

  /** Classpath location of the bundled map (copied from {@code config/} at build time). */
  public static final String BUNDLED_RESOURCE = "/dev/l2m/config/emotions.json";

  private static final List<String> REGISTERS = List.of("low", "middle", "high");
  private static final List<String> CONTOURS = List.of("arch", "rising", "falling", "wave", "flat");
  private static final long MAX_BYTES = 1 << 20;
  private static final JsonFactory JSON = new JsonFactory();

  private static EmotionMap bundled;

  private final List<EmotionProfile> profiles;
  private final Map<String, EmotionProfile> byWord;

  private EmotionMap(List<EmotionProfile> profiles) {
    this.profiles = List.copyOf(profiles);
    Map<String, EmotionProfile> words = new LinkedHashMap<>();
    for (EmotionProfile p : profiles) {
      words.put(p.name(), p);
    }
    for (EmotionProfile p : profiles) {
      for (String s : p.synonyms()) {
        words.putIfAbsent(s, p);
      }
    }
    this.byWord = words;
  }

  /**
   * The map bundled with l2m, parsed on first use and then shared (it is immutable). A second
   * caller waits for a parse in progress; a failure is not remembered.
   */
  public static synchronized EmotionMap bundled() {
    if (bundled == null) {
      bundled = readBundled();
    }
    return bundled;
  }

  private static EmotionMap readBundled() {
    try (InputStream in = EmotionMap.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new EmotionMapException("the bundled emotion map is missing from the l2m jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled emotions.json");
    } catch (IOException e) {
      throw new EmotionMapException("cannot read the bundled emotion map: " + e.getMessage(), e);
    }
  }

  /** Loads a user's map file. */
  public static EmotionMap load(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new EmotionMapException(
            "emotion map " + file + " does not exist: check the path or drop the setting");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new EmotionMapException("emotion map " + file + " is larger than 1 MiB");
      }
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new EmotionMapException("cannot read emotion map " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses and validates a map.
   *
   * @param origin named in error messages
   */
  public static EmotionMap parse(String json, String origin) {
    JsonNode root;
    try {
      root = readTree(json);
    } catch (JsonProcessingException e) {
      throw new EmotionMapException(
          origin + " is not valid JSON (line " + e.getLocation().getLineNr() + "): "
              + e.getOriginalMessage(), e);
    }
    if (root == null || !root.path("emotions").isArray() || root.path("emotions").isEmpty()) {
      throw new EmotionMapException(origin + " needs an \"emotions\" array with at least one entry");
    }
    List<EmotionProfile> profiles = new ArrayList<>();
    Map<String, String> seen = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode e : root.path("emotions")) {
      String where = origin + ": emotions[" + index++ + "]";
      EmotionProfile p = profile(e, where);
      for (String word : concat(p.name(), p.synonyms())) {
        String before = seen.putIfAbsent(word, p.name());
        if (before != null && !before.equals(p.name())) {
          throw new EmotionMapException(
              where + ": '" + word + "' already belongs to '" + before + "'");
        }
      }
      profiles.add(p);
    }
    return new EmotionMap(profiles);
  }

  /**
   * The JSON as a tree, read with jackson-core's streaming parser into databind's node classes.
   * {@code ObjectMapper.readTree} gives the same tree, but building an ObjectMapper costs a cold
   * start about 40 ms of CPU more than this, on every run, for one small file.
   */
  static JsonNode readTree(String json) throws JsonProcessingException {
    try (JsonParser parser = JSON.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      JsonNode root = readValue(parser, first);
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "unexpected content after the end of the document");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readValue(JsonParser parser, JsonToken token) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = nodes.objectNode();
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
          String field = parser.currentName();
          object.set(field, readValue(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = nodes.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(readValue(parser, t));
        }
        return array;
      }
      case VALUE_STRING:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return nodes.numberNode(parser.getIntValue());
          case LONG:
            return nodes.numberNode(parser.getLongValue());
          default:
            return nodes.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        throw new JsonParseException(parser, "unexpected " + token);
    }
  }

  private static List<String> concat(String name, List<String> synonyms) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(synonyms);
    return all;
  }

  private static EmotionProfile profile(JsonNode e, String where) {
    String name = text(e, "name", where).toLowerCase(Locale.ROOT);
    List<String> synonyms = strings(e, "synonyms", where, false);
    List<Mode> modes = new ArrayList<>();
    for (String m : strings(e, "modes", where, true)) {
      try {
        modes.add(Mode.parse(m));
      } catch (IllegalArgumentException ex) {
        throw new EmotionMapException(where + " (" + name + "): unknown mode '" + m + "'", ex);
      }
    }
    List<String> keys = strings(e, "keys", where, true);
    for (String k : keys) {
      try {
        Key.parse(k);
      } catch (IllegalArgumentException ex) {
        throw new EmotionMapException(where + " (" + name + "): unknown key '" + k + "'", ex);
      }
    }
    JsonNode tempo = e.path("tempo");
    if (!tempo.isArray() || tempo.size() != 2 || !tempo.get(0).isInt() || !tempo.get(1).isInt()) {
      throw new EmotionMapException(where + " (" + name + "): \"tempo\" must be [min, max]");
    }
    int tMin = tempo.get(0).asInt();
    int tMax = tempo.get(1).asInt();
    if (tMin < 30 || tMax > 240 || tMin > tMax) {
      throw new EmotionMapException(
          where + " (" + name + "): tempo must be within 30..240 with min <= max");
    }
    String register = oneOf(e, "register", REGISTERS, where, name);
    String contour = oneOf(e, "contour", CONTOURS, where, name);
    double density = number(e, "density", 0, 1, where, name);
    int velocity = (int) number(e, "velocity", 1, 127, where, name);
    List<String> meters = strings(e, "meters", where, true);
    for (String m : meters) {
      try {
        TimeSignature.parse(m);
      } catch (IllegalArgumentException ex) {
        throw new EmotionMapException(where + " (" + name + "): unknown meter '" + m + "'", ex);
      }
    }
    List<String> progressions = strings(e, "progressions", where, true);
    double valence = number(e, "valence", -1, 1, where, name);
    double arousal = number(e, "arousal", 0, 1, where, name);
    return new EmotionProfile(
        name,
        synonyms.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
        modes,
        keys,
        tMin,
        tMax,
        register,
        contour,
        density,
        velocity,
        meters,
        progressions,
        valence,
        arousal);
  }

  private static String text(JsonNode e, String field, String where) {
    JsonNode v = e.path(field);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new EmotionMapException(where + ": \"" + field + "\" must be a non-empty string");
    }
    return v.asText().trim();
  }

  private static List<String> strings(JsonNode e, String field, String where, boolean required) {
    JsonNode v = e.path(field);
    if (v.isMissingNode() && !required) {
      return List.of();
    }
    if (!v.isArray() || (required && v.isEmpty())) {
      throw new EmotionMapException(
          where + ": \"" + field + "\" must be an array of strings" + (required ? " (not empty)" : ""));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : v) {
      if (!s.isTextual() || s.asText().isBlank()) {
        throw new EmotionMapException(where + ": \"" + field + "\" must hold only strings");
      }
      out.add(s.asText().trim());
    }
    return out;
  }

  private static String oneOf(
      JsonNode e, String field, List<String> allowed, String where, String name) {
    String v = e.path(field).asText("");
    if (!allowed.contains(v)) {
      throw new EmotionMapException(
          where + " (" + name + "): \"" + field + "\" must be one of " + allowed);
    }
    return v;
  }

  private static double number(
      JsonNode e, String field, double min, double max, String where, String name) {
    JsonNode v = e.path(field);
    if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
      throw new EmotionMapException(
          where + " (" + name + "): \"" + field + "\" must be a number from " + min + " to " + max);
    }
    return v.asDouble();
  }

  /** Every profile, in file order. */
  public List<EmotionProfile> profiles() {
    return profiles;
  }

  /** Canonical emotion names, in file order. */
  public List<String> names() {
    return profiles.stream().map(EmotionProfile::name).toList();
  }

  /** The profile for a name or synonym (case-insensitive), if any. */
  public Optional<EmotionProfile> find(String word) {
    return Optional.ofNullable(byWord.get(word.trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * The profile for a name or synonym.
   *
   * @throws IllegalArgumentException naming the closest known words when there is no match
   */
  public EmotionProfile resolve(String word) {
    return find(word)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown emotion '"
                        + word
                        + "'"
                        + closest(word).map(c -> " (did you mean '" + c + "'?)").orElse("")
                        + "; known emotions: "
                        + String.join(", ", names())));
  }

  private Optional<String> closest(String word) {
    String w = word.trim().toLowerCase(Locale.ROOT);
    return byWord.keySet().stream()
        .filter(k -> EditDistance.between(k, w) <= Math.max(2, w.length() / 3))
        .min(Comparator.comparingInt(k -> EditDistance.between(k, w)));
  }

  /** The profile nearest a point of the valence/arousal plane. */
  public EmotionProfile nearest(double valence, double arousal) {
    return profiles.stream()
        .min(
            Comparator.comparingDouble(
                p -> Math.hypot(p.valence() - valence, p.arousal() - arousal)))
        .orElseThrow();
  }
}
