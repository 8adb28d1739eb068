package dev.l2m.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.EmotionProfile;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.Word;
import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a model's answer against the contract of {@link AnalysisPrompt}: JSON shape, types,
 * vocabulary (emotion names, meters, keys) and ranges. Nothing is clamped silently: an answer
 * out of range is rejected with a message the model can act on in the repair round. Emphasis
 * words the lyrics do not contain are dropped (they could not be sung anyway).
 */
public final class AnswerValidator {

  private static final int MAX_PROBLEMS = 6;

  private final EmotionMap emotions;
  private final ObjectMapper json = new ObjectMapper();

  public AnswerValidator(EmotionMap emotions) {
    this.emotions = emotions;
  }

  /**
   * Validates the text of an answer.
   *
   * @throws InvalidAnswerException listing what is wrong, in terms the model understands
   */
  public LlmAnswer validate(String content, Lyrics lyrics) throws InvalidAnswerException {
    JsonNode root = extractJson(content)
        .orElseThrow(() -> new InvalidAnswerException("the answer contains no JSON object"));
    List<String> problems = new ArrayList<>();
    String emotion = emotion(root.get("emotion"), "emotion", problems);
    double valence = number(root.get("valence"), "valence", -1, 1, problems);
    double arousal = number(root.get("arousal"), "arousal", 0, 1, problems);
    double confidence = number(root.get("confidence"), "confidence", 0, 1, problems);
    List<String> emphasis = emphasis(root.get("emphasis"), lyrics, problems);
    Key key = key(root.get("key"), problems);
    Integer tempo = tempo(root.get("tempo"), problems);
    TimeSignature meter = meter(root.get("meter"), problems);
    List<StanzaMood> stanzas = stanzas(root.get("stanzas"), lyrics.stanzas().size(), problems);
    if (!problems.isEmpty()) {
      List<String> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
      throw new InvalidAnswerException(String.join("; ", shown)
          + (problems.size() > MAX_PROBLEMS ? "; and " + (problems.size() - MAX_PROBLEMS) + " more" : ""));
    }
    return new LlmAnswer(emotion, valence, arousal, confidence, emphasis, key, tempo, meter, stanzas);
  }

  /**
   * The JSON object in a model's text: the whole text, else the text inside Markdown fences,
   * else the span from the first '{' to the last '}'.
   */
  Optional<JsonNode> extractJson(String content) {
    String t = content.strip();
    for (String candidate : candidates(t)) {
      try {
        JsonNode n = json.readTree(candidate);
        if (n != null && n.isObject()) {
          return Optional.of(n);
        }
      } catch (JsonProcessingException e) {
        // try the next candidate
      }
    }
    return Optional.empty();
  }

  private static List<String> candidates(String t) {
    List<String> out = new ArrayList<>();
    out.add(t);
    int fence = t.indexOf("```");
    if (fence >= 0) {
      int start = t.indexOf('\n', fence);
      int end = t.indexOf("```", fence + 3);
      if (start >= 0 && end > start) {
        out.add(t.substring(start + 1, end));
      }
    }
    int open = t.indexOf('{');
    int close = t.lastIndexOf('}');
    if (open >= 0 && close > open) {
      out.add(t.substring(open, close + 1));
    }
    return out;
  }

  private String emotion(JsonNode n, String field, List<String> problems) {
    if (n == null || !n.isTextual()) {
      problems.add("\"" + field + "\" must be a string, one of: " + String.join(", ", emotions.names()));
      return "";
    }
    Optional<EmotionProfile> p = emotions.find(n.asText());
    if (p.isEmpty()) {
      problems.add("\"" + field + "\" is '" + clip(n.asText()) + "', which is not one of: "
          + String.join(", ", emotions.names()));
      return "";
    }
    return p.get().name();
  }

  private static double number(JsonNode n, String field, double min, double max, List<String> problems) {
    if (n == null || !n.isNumber()) {
      problems.add("\"" + field + "\" must be a number from " + fmt(min) + " to " + fmt(max));
      return min;
    }
    double v = n.asDouble();
    if (!(v >= min && v <= max)) {
      problems.add("\"" + field + "\" is " + n.asText() + ", outside " + fmt(min) + " .. " + fmt(max));
      return min;
    }
    return v;
  }

  private static List<String> emphasis(JsonNode n, Lyrics lyrics, List<String> problems) {
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      problems.add("\"emphasis\" must be an array of words");
      return List.of();
    }
    Set<String> words = new LinkedHashSet<>();
    for (Word w : lyrics.words()) {
      words.add(w.text().toLowerCase(Locale.ROOT));
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode e : n) {
      if (!e.isTextual()) {
        problems.add("\"emphasis\" must hold only strings");
        return List.of();
      }
      String w = e.asText().strip().toLowerCase(Locale.ROOT);
      if (words.contains(w) && out.size() < AnalysisPrompt.MAX_EMPHASIS) {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  private static Key key(JsonNode n, List<String> problems) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      problems.add("\"key\" must be a string such as \"D major\", or null");
      return null;
    }
    try {
      return Key.parse(n.asText());
    } catch (IllegalArgumentException e) {
      problems.add("\"key\" is '" + clip(n.asText()) + "', not a key such as \"D major\" or \"A minor\"");
      return null;
    }
  }

  private static Integer tempo(JsonNode n, List<String> problems) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isNumber() || n.asDouble() != Math.rint(n.asDouble())) {
      problems.add("\"tempo\" must be a whole number from " + AnalysisPrompt.TEMPO_MIN + " to "
          + AnalysisPrompt.TEMPO_MAX + ", or null");
      return null;
    }
    double v = n.asDouble();
    if (v < AnalysisPrompt.TEMPO_MIN || v > AnalysisPrompt.TEMPO_MAX) {
      problems.add("\"tempo\" is " + n.asText() + ", outside " + AnalysisPrompt.TEMPO_MIN + " .. "
          + AnalysisPrompt.TEMPO_MAX);
      return null;
    }
    return (int) v;
  }

  private static TimeSignature meter(JsonNode n, List<String> problems) {
    if (n == null || n.isNull()) {
      return null;
    }
    String v = n.isTextual() ? n.asText().strip() : "";
    if (!AnalysisPrompt.METERS.contains(v)) {
      problems.add("\"meter\" must be one of " + String.join(", ", AnalysisPrompt.METERS) + ", or null");
      return null;
    }
    return TimeSignature.parse(v);
  }

  private List<StanzaMood> stanzas(JsonNode n, int expected, List<String> problems) {
    if (n == null || !n.isArray()) {
      problems.add("\"stanzas\" must be an array with one entry per stanza (" + expected + ")");
      return List.of();
    }
    if (n.size() != expected) {
      problems.add("\"stanzas\" has " + n.size() + " entries; the lyrics have " + expected + " stanzas");
      return List.of();
    }
    List<StanzaMood> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      JsonNode s = n.get(i);
      String where = "stanzas[" + i + "]";
      if (!s.isObject()) {
        problems.add(where + " must be an object");
        continue;
      }
      JsonNode number = s.get("stanza");
      if (number == null || !number.canConvertToInt() || !number.isIntegralNumber()
          || number.asInt() != i + 1) {
        problems.add(where + ".stanza must be " + (i + 1));
      }
      String e = emotion(s.get("emotion"), where + ".emotion", problems);
      double intensity = number(s.get("intensity"), where + ".intensity", 0, 1, problems);
      out.add(new StanzaMood(i + 1, e, intensity));
    }
    return out;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
