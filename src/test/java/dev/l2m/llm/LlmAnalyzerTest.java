package dev.l2m.llm;

import static dev.l2m.llm.Fixtures.EMOTIONS;
import static dev.l2m.llm.Fixtures.KEY;
import static dev.l2m.llm.Fixtures.json;
import static dev.l2m.llm.Fixtures.ok;
import static dev.l2m.llm.Fixtures.validAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.analysis.Analyzer;
import dev.l2m.score.Key;
import dev.l2m.score.TimeSignature;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmAnalyzerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Analyzer OFFLINE =
      lyrics -> new Analysis("sad", -0.5, 0.3, 0.4, AnalysisSource.OFFLINE, List.of(), null, null,
          null, "");

  @TempDir Path tmp;
  private final MockWebServer server = new MockWebServer();
  private final FakeClock clock = new FakeClock();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LlmAnalyzer analyzer(LlmSettings.Builder b, boolean cached) {
    LlmSettings s = b.build();
    ResponseCache cache = cached
        ? new ResponseCache(s.cacheDir(), s.cacheTtl(), s.cacheMaxBytes(), Clock.systemUTC())
        : null;
    return new LlmAnalyzer(new ChatClient(s, clock, Fixtures.FAST), EMOTIONS, cache);
  }

  private LlmAnalyzer analyzer() {
    return analyzer(Fixtures.settings(server, tmp), false);
  }

  private JsonNode body(RecordedRequest r) throws Exception {
    return JSON.readTree(r.getBody().utf8());
  }

  @Test
  void validAnswerBecomesAnLlmAnalysis() throws Exception {
    server.enqueue(ok(validAnswer()));
    LlmAnalyzer.Result r;
    try (LlmAnalyzer a = analyzer()) {
      r = a.analyzeDetailed(Fixtures.lyrics());
    }
    Analysis analysis = r.answer().toAnalysis("n");
    assertThat(analysis.source()).isEqualTo(AnalysisSource.LLM);
    assertThat(analysis.emotion()).isEqualTo("hopeful");
    assertThat(analysis.valence()).isEqualTo(0.3);
    assertThat(analysis.emphasis()).containsExactly("rain", "fly");
    assertThat(analysis.suggestedKey()).isEqualTo(Key.parse("D major"));
    assertThat(analysis.suggestedTempo()).isEqualTo(96);
    assertThat(analysis.suggestedTime()).isEqualTo(TimeSignature.COMMON);
    // a synonym is resolved to the map's canonical name
    assertThat(r.answer().stanzas()).extracting(StanzaMood::emotion).containsExactly("sad", "hopeful");
    assertThat(r.fromCache()).isFalse();

    JsonNode sent = body(server.takeRequest());
    assertThat(sent.path("model").asText()).isEqualTo("test-model");
    assertThat(sent.path("response_format").path("type").asText()).isEqualTo("json_schema");
    assertThat(sent.path("response_format").path("json_schema").path("schema").path("properties")
        .path("emotion").path("enum").toString()).contains("\"hopeful\"", "\"solemn\"");
    assertThat(sent.path("messages").get(1).path("content").asText())
        .contains("I walk alone beneath the rain");
  }

  @Test
  void wrongTypesGetOneRepairRoundWithTheErrorFedBack() throws Exception {
    String bad = validAnswer().replace("\"valence\":0.3", "\"valence\":\"high\"");
    server.enqueue(ok(bad));
    server.enqueue(ok(validAnswer()));
    try (LlmAnalyzer a = analyzer()) {
      assertThat(a.analyze(Fixtures.lyrics()).emotion()).isEqualTo("hopeful");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    server.takeRequest();
    JsonNode messages = body(server.takeRequest()).path("messages");
    assertThat(messages).hasSize(4);
    assertThat(messages.get(2).path("role").asText()).isEqualTo("assistant");
    assertThat(messages.get(2).path("content").asText()).isEqualTo(bad);
    assertThat(messages.get(3).path("content").asText()).contains("\"valence\" must be a number");
  }

  @Test
  void outOfRangeTwiceFallsBackWithTheReason() {
    String bad = validAnswer().replace("\"arousal\":0.5", "\"arousal\":7").replace("\"tempo\":96",
        "\"tempo\":900");
    server.enqueue(ok(bad));
    server.enqueue(ok(bad));
    LlmOutcome outcome;
    try (LlmAnalyzer a = analyzer()) {
      outcome = a.analyzeOrFallback(Fixtures.lyrics(), OFFLINE);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(outcome.usedLlm()).isFalse();
    assertThat(outcome.failure()).isEqualTo(FailureKind.INVALID_ANSWER);
    assertThat(outcome.analysis().source()).isEqualTo(AnalysisSource.OFFLINE_FALLBACK);
    assertThat(outcome.analysis().emotion()).isEqualTo("sad");
    assertThat(outcome.fallbackReason()).contains("\"arousal\" is 7").contains("\"tempo\" is 900");
    assertThat(outcome.warning()).get().asString().contains("offline analysis").doesNotContain("\n");
  }

  @Test
  void unknownEmotionIsRejected() {
    String bad = validAnswer().replace("\"emotion\":\"hopeful\"", "\"emotion\":\"hangry\"");
    server.enqueue(ok(bad));
    server.enqueue(ok(bad));
    try (LlmAnalyzer a = analyzer()) {
      assertThatThrownBy(() -> a.analyze(Fixtures.lyrics()))
          .isInstanceOf(LlmUnavailableException.class)
          .hasMessageContaining("'hangry', which is not one of");
    }
  }

  @Test
  void truncatedAnswerIsRepaired() throws Exception {
    server.enqueue(json(200, Fixtures.completion(validAnswer().substring(0, 40), "length")));
    server.enqueue(ok(validAnswer()));
    try (LlmAnalyzer a = analyzer()) {
      assertThat(a.analyze(Fixtures.lyrics()).source()).isEqualTo(AnalysisSource.LLM);
    }
    server.takeRequest();
    assertThat(body(server.takeRequest()).path("messages").get(3).path("content").asText())
        .contains("cut off");
  }

  @Test
  void jsonInsideProseAndFencesIsExtracted() {
    server.enqueue(ok("Here you go:\n```json\n" + validAnswer() + "\n```\nEnjoy!"));
    try (LlmAnalyzer a = analyzer()) {
      assertThat(a.analyze(Fixtures.lyrics()).emotion()).isEqualTo("hopeful");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void refusedResponseFormatFallsBackToJsonObjectThenPlainText() throws Exception {
    server.enqueue(Fixtures.error(400, "invalid_request_error", "response_format json_schema is"
        + " not supported"));
    server.enqueue(Fixtures.error(400, "invalid_request_error", "unknown field response_format"));
    server.enqueue(ok(validAnswer()));
    server.enqueue(ok(validAnswer().replace("hopeful", "joyful")));
    try (LlmAnalyzer a = analyzer()) {
      assertThat(a.analyze(Fixtures.lyrics()).emotion()).isEqualTo("hopeful");
      // the downgrade is remembered: the next call goes straight to plain text
      assertThat(a.analyze(Fixtures.lyrics()).emotion()).isEqualTo("joyful");
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(body(server.takeRequest()).path("response_format").path("type").asText())
        .isEqualTo("json_schema");
    assertThat(body(server.takeRequest()).path("response_format").path("type").asText())
        .isEqualTo("json_object");
    assertThat(body(server.takeRequest()).has("response_format")).isFalse();
    assertThat(body(server.takeRequest()).has("response_format")).isFalse();
    assertThat(clock.waits()).isEmpty();
  }

  @Test
  void cacheHitMakesNoRequestEvenInANewProcess() throws Exception {
    server.enqueue(ok(validAnswer()));
    LlmSettings.Builder settings = Fixtures.settings(server, tmp.resolve("cache"));
    try (LlmAnalyzer a = analyzer(settings, true)) {
      assertThat(a.analyzeDetailed(Fixtures.lyrics()).fromCache()).isFalse();
      assertThat(a.analyzeDetailed(Fixtures.lyrics()).fromCache()).isTrue();
    }
    try (LlmAnalyzer fresh = analyzer(settings, true)) {
      LlmOutcome outcome = fresh.analyzeOrFallback(Fixtures.lyrics(), OFFLINE);
      assertThat(outcome.fromCache()).isTrue();
      assertThat(outcome.analysis().note()).contains("cached");
      assertThat(fresh.cache().orElseThrow().stats().hits()).isEqualTo(1);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void otherModelOrTemperatureMissesTheCache() {
    server.enqueue(ok(validAnswer()));
    server.enqueue(ok(validAnswer()));
    server.enqueue(ok(validAnswer()));
    Path dir = tmp.resolve("cache");
    try (LlmAnalyzer a = analyzer(Fixtures.settings(server, dir), true);
        LlmAnalyzer b = analyzer(Fixtures.settings(server, dir).model("other"), true);
        LlmAnalyzer c = analyzer(Fixtures.settings(server, dir).temperature(0.9), true)) {
      a.analyze(Fixtures.lyrics());
      b.analyze(Fixtures.lyrics());
      c.analyze(Fixtures.lyrics());
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void withoutCacheEveryCallAsks() {
    server.enqueue(ok(validAnswer()));
    server.enqueue(ok(validAnswer()));
    try (LlmAnalyzer a = analyzer()) {
      a.analyze(Fixtures.lyrics());
      a.analyze(Fixtures.lyrics());
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void invalidAnswersAreNotCached() {
    String bad = validAnswer().replace("\"confidence\":0.8", "\"confidence\":2");
    server.enqueue(ok(bad));
    server.enqueue(ok(bad));
    server.enqueue(ok(validAnswer()));
    try (LlmAnalyzer a = analyzer(Fixtures.settings(server, tmp.resolve("c")), true)) {
      a.analyzeOrFallback(Fixtures.lyrics(), OFFLINE);
      assertThat(a.analyzeDetailed(Fixtures.lyrics()).fromCache()).isFalse();
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void authFailureFallsBackOrStopsUnderNoFallback() {
    server.enqueue(Fixtures.error(401, "invalid_api_key", "Incorrect API key provided"));
    server.enqueue(Fixtures.error(401, "invalid_api_key", "Incorrect API key provided"));
    try (LlmAnalyzer a = analyzer()) {
      LlmOutcome outcome = a.analyzeOrFallback(Fixtures.lyrics(), OFFLINE);
      assertThat(outcome.failure()).isEqualTo(FailureKind.AUTHENTICATION);
      assertThat(outcome.fallbackReason()).contains("L2M_API_KEY").doesNotContain(KEY);
    }
    try (LlmAnalyzer strict = analyzer(Fixtures.settings(server, tmp).noFallback(true), false)) {
      assertThatThrownBy(() -> strict.analyzeOrFallback(Fixtures.lyrics(), OFFLINE))
          .isInstanceOf(LlmAuthException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.waits()).isEmpty();
  }

  @Test
  void settingsConstructorValidatesAndWarnsAboutAMalformedKey() {
    LlmSettings s = Fixtures.settings(server, tmp).apiKey("short").cacheEnabled(false).build();
    try (LlmAnalyzer a = new LlmAnalyzer(s, EMOTIONS)) {
      assertThat(a.warnings()).singleElement().asString().contains("only 5 characters");
    }
    LlmSettings remoteHttp = s.toBuilder().baseUrl("http://example.com/v1").build();
    assertThatThrownBy(() -> new LlmAnalyzer(remoteHttp, EMOTIONS))
        .isInstanceOf(LlmConfigException.class).hasMessageContaining("https");
  }

  @Test
  void totalDeadlineCoversTheRepairRound() {
    String bad = validAnswer().replace("\"valence\":0.3", "\"valence\":5");
    server.enqueue(ok(bad));
    for (int i = 0; i < 5; i++) {
      server.enqueue(new mockwebserver3.MockResponse.Builder().code(503)
          .addHeader("Retry-After", "4").build());
    }
    try (LlmAnalyzer a = analyzer(Fixtures.settings(server, tmp).totalTimeout(Duration.ofSeconds(10)),
        false)) {
      assertThatThrownBy(() -> a.analyze(Fixtures.lyrics()))
          .isInstanceOf(LlmUnavailableException.class);
    }
    assertThat(clock.waits().stream().mapToLong(Duration::toMillis).sum()).isLessThanOrEqualTo(10_000);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }
}
