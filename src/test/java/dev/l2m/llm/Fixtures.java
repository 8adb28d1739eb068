package dev.l2m.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared test data: lyrics, answers, completions and fast settings. */
final class Fixtures {
  static final String KEY = "sk-test-0123456789abcdefSECRET";
  static final EmotionMap EMOTIONS = EmotionMap.bundled();
  static final RetryTuning FAST =
      new RetryTuning(Duration.ofMillis(100), Duration.ofSeconds(2), 0, Duration.ofSeconds(30), 50,
          Duration.ofSeconds(30));
  static final String LYRICS_TEXT =
      "[Verse]\nI walk alone beneath the rain\nThe city sleeps, I feel the pain\n\n"
          + "[Chorus]\nBut morning comes and lights the sky\nAnd I will learn again to fly";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  static Lyrics lyrics() {
    return new LyricsParser(new RuleSyllabifier()).parse(LYRICS_TEXT);
  }

  static String validAnswer() {
    return "{\"emotion\":\"hopeful\",\"valence\":0.3,\"arousal\":0.5,\"confidence\":0.8,"
        + "\"emphasis\":[\"rain\",\"fly\",\"unicorn\"],\"key\":\"D major\",\"tempo\":96,"
        + "\"meter\":\"4/4\",\"stanzas\":[{\"stanza\":1,\"emotion\":\"sad\",\"intensity\":0.6},"
        + "{\"stanza\":2,\"emotion\":\"optimistic\",\"intensity\":0.8}]}";
  }

  static String completion(String content, String finishReason) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", "chatcmpl-1");
    root.put("object", "chat.completion");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    if (content == null) {
      message.putNull("content");
    } else {
      message.put("content", content);
    }
    choice.put("finish_reason", finishReason);
    return root.toString();
  }

  static MockResponse ok(String content) {
    return json(200, completion(content, "stop"));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
        .body(body).build();
  }

  static MockResponse error(int code, String type, String message) {
    return json(code, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type
        + "\",\"code\":\"" + type + "\"}}");
  }

  static LlmSettings.Builder settings(MockWebServer server, Path cacheDir) {
    return LlmSettings.builder()
        .baseUrl(server.url("/v1").toString())
        .model("test-model")
        .apiKey(KEY)
        .connectTimeout(Duration.ofSeconds(5))
        .timeout(Duration.ofSeconds(5))
        .totalTimeout(Duration.ofSeconds(60))
        .maxRetries(3)
        .cacheDir(cacheDir);
  }

  static ObjectNode simpleBody() {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", "test-model");
    body.putArray("messages").addObject().put("role", "user").put("content", "hi");
    return body;
  }
}
