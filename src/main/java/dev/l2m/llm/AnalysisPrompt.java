package dev.l2m.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.lyrics.Line;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.Stanza;
import dev.l2m.score.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The analysis prompt: versioned text resources under {@code dev/l2m/llm/} rendered with the
 * lyrics and the vocabulary the answer may use (the emotion map's names, the ranges). The version
 * is part of every cache key, so changing a prompt means bumping {@link #VERSION}.
 */
public final class AnalysisPrompt {

  /** The prompt version; also the resource name prefix. */
  public static final String VERSION = "analysis-v1";

  /** Most emphasis words an answer may give. */
  public static final int MAX_EMPHASIS = 8;
  /** Slowest tempo an answer may suggest. */
  public static final int TEMPO_MIN = 40;
  /** Fastest tempo an answer may suggest. */
  public static final int TEMPO_MAX = 220;
  /** Meters an answer may suggest. */
  public static final List<String> METERS = List.of("2/4", "3/4", "4/4", "6/8", "12/8");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");

  private final EmotionMap emotions;
  private final String system;
  private final String user;
  private final String repair;

  public AnalysisPrompt(EmotionMap emotions) {
    this.emotions = Objects.requireNonNull(emotions, "emotions");
    this.system = resource("system");
    this.user = resource("user");
    this.repair = resource("repair");
  }

  /** The emotion map whose names the answer must use. */
  public EmotionMap emotions() {
    return emotions;
  }

  /** The system message. */
  public String system() {
    return system.strip();
  }

  /** The user message: instructions, vocabulary, ranges and the lyrics. */
  public String user(Lyrics lyrics) {
    return render(user, Map.of(
        "stanza_count", Integer.toString(lyrics.stanzas().size()),
        "emotions", String.join(", ", emotions.names()),
        "max_emphasis", Integer.toString(MAX_EMPHASIS),
        "modes", Arrays.stream(Mode.values()).map(Mode::xmlName).collect(Collectors.joining(", ")),
        "tempo_min", Integer.toString(TEMPO_MIN),
        "tempo_max", Integer.toString(TEMPO_MAX),
        "meters", String.join(", ", METERS),
        "lyrics", lyricsText(lyrics))).strip();
  }

  /** The follow-up message that feeds a validation error back to the model. */
  public String repair(String error) {
    return render(repair, Map.of("error", error)).strip();
  }

  /** The lyrics as the model sees them (and as the cache key hashes them). */
  public static String lyricsText(Lyrics lyrics) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Stanza s : lyrics.stanzas()) {
      if (n > 0) {
        sb.append('\n');
      }
      sb.append("Stanza ").append(++n);
      if (!s.section().isBlank()) {
        sb.append(" [").append(s.section()).append(']');
      }
      sb.append('\n');
      for (Line l : s.lines()) {
        sb.append(l.text()).append('\n');
      }
    }
    return sb.toString().strip();
  }

  /** The JSON schema for {@code response_format: json_schema} (strict: every field required). */
  public ObjectNode jsonSchema() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode schema = f.objectNode();
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    ObjectNode props = schema.putObject("properties");
    ObjectNode emotion = props.putObject("emotion");
    emotion.put("type", "string");
    ArrayNode names = emotion.putArray("enum");
    emotions.names().forEach(names::add);
    number(props.putObject("valence"), -1, 1);
    number(props.putObject("arousal"), 0, 1);
    number(props.putObject("confidence"), 0, 1);
    ObjectNode emphasis = props.putObject("emphasis");
    emphasis.put("type", "array");
    emphasis.putObject("items").put("type", "string");
    emphasis.put("maxItems", MAX_EMPHASIS);
    nullable(props.putObject("key"), "string");
    ObjectNode tempo = nullable(props.putObject("tempo"), "integer");
    tempo.put("minimum", TEMPO_MIN);
    tempo.put("maximum", TEMPO_MAX);
    ObjectNode meter = nullable(props.putObject("meter"), "string");
    ArrayNode meters = meter.putArray("enum");
    METERS.forEach(meters::add);
    meters.addNull();
    ObjectNode stanzas = props.putObject("stanzas");
    stanzas.put("type", "array");
    ObjectNode item = stanzas.putObject("items");
    item.put("type", "object");
    item.put("additionalProperties", false);
    ObjectNode ip = item.putObject("properties");
    ip.putObject("stanza").put("type", "integer");
    ObjectNode se = ip.putObject("emotion");
    se.put("type", "string");
    se.set("enum", names.deepCopy());
    number(ip.putObject("intensity"), 0, 1);
    item.putArray("required").add("stanza").add("emotion").add("intensity");
    ArrayNode required = schema.putArray("required");
    props.fieldNames().forEachRemaining(required::add);
    return schema;
  }

  private static void number(ObjectNode n, double min, double max) {
    n.put("type", "number");
    n.put("minimum", min);
    n.put("maximum", max);
  }

  private static ObjectNode nullable(ObjectNode n, String type) {
    n.putArray("type").add(type).add("null");
    return n;
  }

  private static String render(String template, Map<String, String> values) {
    // one pass, so text inside the lyrics that looks like a placeholder stays as it is
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null) {
        throw new IllegalStateException("prompt placeholder without a value: " + m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String resource(String part) {
    String name = VERSION + "." + part + ".txt";
    try (InputStream in = AnalysisPrompt.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("prompt resource " + name + " is missing from the l2m jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
