package dev.l2m.llm;

import static dev.l2m.llm.Fixtures.KEY;
import static dev.l2m.llm.Fixtures.error;
import static dev.l2m.llm.Fixtures.json;
import static dev.l2m.llm.Fixtures.ok;
import static dev.l2m.llm.Fixtures.simpleBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatClientTest {

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

  private ChatClient client(LlmSettings.Builder b) {
    return client(b, Fixtures.FAST);
  }

  private ChatClient client(LlmSettings.Builder b, RetryTuning tuning) {
    return new ChatClient(b.build(), clock, tuning);
  }

  private ChatCompletion call(ChatClient c) {
    return c.complete(simpleBody(), c.deadlineFromNow());
  }

  private LlmUnavailableException failure(ChatClient c) {
    return catchThrowableOfType(LlmUnavailableException.class, () -> call(c));
  }

  @Test
  void sendsBearerKeyAndReturnsTheFirstChoice() throws Exception {
    server.enqueue(ok("hello"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      ChatCompletion done = call(c);
      assertThat(done.content()).isEqualTo("hello");
      assertThat(done.attempts()).isEqualTo(1);
    }
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(clock.waits()).isEmpty();
  }

  @Test
  void loopbackServerNeedsNoKey() throws Exception {
    server.enqueue(ok("hello"));
    try (ChatClient c = client(Fixtures.settings(server, tmp).apiKey(""))) {
      call(c);
    }
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
  }

  @Test
  void honoursRetryAfterSeconds() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
        .body("{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}").build());
    server.enqueue(ok("done"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      assertThat(call(c).attempts()).isEqualTo(2);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.waits()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void honoursRetryAfterHttpDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        FakeClock.START.plusSeconds(3).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", date).build());
    server.enqueue(ok("done"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      call(c);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void honoursRetryAfterMsBeforeRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After-Ms", "1500")
        .addHeader("Retry-After", "9").build());
    server.enqueue(ok("done"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      call(c);
    }
    assertThat(clock.waits()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void capsAnExcessiveRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    server.enqueue(ok("done"));
    try (ChatClient c = client(Fixtures.settings(server, tmp).totalTimeout(Duration.ofMinutes(5)))) {
      call(c);
    }
    assertThat(clock.waits()).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void retriesServerErrorsWithExponentialBackoff() {
    server.enqueue(json(500, "{\"error\":{\"message\":\"boom\"}}"));
    server.enqueue(json(502, "{}"));
    server.enqueue(json(503, "{}"));
    server.enqueue(ok("finally"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      ChatCompletion done = call(c);
      assertThat(done.content()).isEqualTo("finally");
      assertThat(done.attempts()).isEqualTo(4);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(clock.waits())
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void jitterKeepsBackoffNearItsBase() {
    RetryTuning jittery = new RetryTuning(Duration.ofMillis(1000), Duration.ofSeconds(8), 0.25,
        Duration.ofSeconds(30), 50, Duration.ofSeconds(30));
    server.enqueue(json(500, "{}"));
    server.enqueue(ok("x"));
    try (ChatClient c = client(Fixtures.settings(server, tmp), jittery)) {
      call(c);
    }
    assertThat(clock.waits()).singleElement()
        .satisfies(d -> assertThat(d.toMillis()).isBetween(750L, 1250L));
  }

  @Test
  void retries408And409() {
    server.enqueue(json(408, "{}"));
    server.enqueue(json(409, "{}"));
    server.enqueue(ok("x"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      call(c);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(clock.waits()).hasSize(2);
  }

  @Test
  void givesUpAfterMaxRetries() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(500, "{\"error\":{\"message\":\"overloaded\"}}"));
    }
    try (ChatClient c = client(Fixtures.settings(server, tmp).maxRetries(2))) {
      LlmUnavailableException e = failure(c);
      assertThat(e.kind()).isEqualTo(FailureKind.SERVER_ERROR);
      assertThat(e.getMessage()).contains("3 attempts").contains("overloaded");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(clock.waits()).hasSize(2);
  }

  @Test
  void unauthorizedIsNotRetriedAndNamesTheKeySetting() {
    server.enqueue(error(401, "invalid_api_key", "Incorrect API key provided: " + KEY));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      LlmUnavailableException e = failure(c);
      assertThat(e).isInstanceOf(LlmAuthException.class);
      assertThat(e.kind()).isEqualTo(FailureKind.AUTHENTICATION);
      assertThat(e.httpStatus()).isEqualTo(401);
      assertThat(e.getMessage()).contains("L2M_API_KEY").doesNotContain(KEY);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(clock.waits()).isEmpty();
  }

  @Test
  void exhaustedQuotaIsNotRetried() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
        .body("{\"error\":{\"message\":\"You exceeded your current quota\","
            + "\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}").build());
    server.enqueue(ok("never"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      LlmUnavailableException e = failure(c);
      assertThat(e.kind()).isEqualTo(FailureKind.QUOTA);
      assertThat(e.getMessage()).contains("quota");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(clock.waits()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 403, 404, 422})
  void clientErrorsAreNeverRetried(int status) {
    server.enqueue(error(status, "invalid_request_error", "nope"));
    server.enqueue(ok("never"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      LlmUnavailableException e = failure(c);
      assertThat(e.httpStatus()).isEqualTo(status);
      assertThat(e.kind()).isIn(FailureKind.REJECTED, FailureKind.AUTHENTICATION);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(clock.waits()).isEmpty();
  }

  @Test
  void connectionResetIsRetriedByUsNotSilentlyByOkHttp() {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket())
        .build());
    server.enqueue(ok("after reset"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      assertThat(call(c).content()).isEqualTo("after reset");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.waits()).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void slowHeadersTimeOut() {
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS)
        .body(Fixtures.completion("late", "stop")).build());
    try (ChatClient c = client(Fixtures.settings(server, tmp).maxRetries(0)
        .timeout(Duration.ofMillis(300)))) {
      LlmUnavailableException e = failure(c);
      assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void slowBodyTimesOutThenTheRetrySucceeds() {
    server.enqueue(new MockResponse.Builder().bodyDelay(3, TimeUnit.SECONDS)
        .body(Fixtures.completion("late", "stop")).build());
    server.enqueue(ok("quick"));
    try (ChatClient c = client(Fixtures.settings(server, tmp).maxRetries(1)
        .readTimeout(Duration.ofMillis(300)))) {
      assertThat(call(c).content()).isEqualTo("quick");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.waits()).hasSize(1);
  }

  @Test
  void totalDeadlineBoundsAllAttemptsAndWaits() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
    }
    try (ChatClient c = client(Fixtures.settings(server, tmp).maxRetries(10)
        .totalTimeout(Duration.ofSeconds(5)))) {
      LlmUnavailableException e = failure(c);
      assertThat(e.getMessage()).contains("exceed the 5 s allowed");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(clock.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void malformedJsonIsABadResponse() {
    server.enqueue(json(200, "{\"choices\": [ {\"message\": "));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      assertThat(failure(c).kind()).isEqualTo(FailureKind.BAD_RESPONSE);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void htmlPageIsNamedInTheMessage() {
    String html = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .body(html).build());
    server.enqueue(new MockResponse.Builder().code(502).body(html).build());
    server.enqueue(new MockResponse.Builder().code(502).body(html).build());
    try (ChatClient c = client(Fixtures.settings(server, tmp).maxRetries(1))) {
      LlmUnavailableException ok200 = failure(c);
      assertThat(ok200.kind()).isEqualTo(FailureKind.BAD_RESPONSE);
      assertThat(ok200.getMessage()).contains("HTML page");
      LlmUnavailableException gateway = failure(c);
      assertThat(gateway.kind()).isEqualTo(FailureKind.SERVER_ERROR);
      assertThat(gateway.getMessage()).contains("HTTP 502").contains("HTML page");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void emptyChoicesIsABadResponse() {
    server.enqueue(json(200, "{\"id\":\"x\",\"choices\":[]}"));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      LlmUnavailableException e = failure(c);
      assertThat(e.kind()).isEqualTo(FailureKind.BAD_RESPONSE);
      assertThat(e.getMessage()).contains("no choices");
    }
  }

  @Test
  void nullContentIsABadResponse() {
    server.enqueue(json(200, Fixtures.completion(null, "content_filter")));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      LlmUnavailableException e = failure(c);
      assertThat(e.kind()).isEqualTo(FailureKind.BAD_RESPONSE);
      assertThat(e.getMessage()).contains("no text").contains("content_filter");
    }
  }

  @Test
  void truncatedAnswerIsReported() {
    server.enqueue(json(200, Fixtures.completion("{\"emotion\": \"sa", "length")));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      assertThat(call(c).truncated()).isTrue();
    }
  }

  @Test
  void hugeBodyIsRefusedWithoutRetry() {
    String big = Fixtures.completion("x".repeat(20_000), "stop");
    server.enqueue(json(200, big));
    server.enqueue(new MockResponse.Builder().code(200).chunkedBody(big, 1024).build());
    try (ChatClient c = client(Fixtures.settings(server, tmp).maxResponseBytes(4096))) {
      LlmUnavailableException withLength = failure(c);
      assertThat(withLength.kind()).isEqualTo(FailureKind.BAD_RESPONSE);
      assertThat(withLength.getMessage()).contains("larger than 4 KiB");
      LlmUnavailableException chunked = failure(c);
      assertThat(chunked.kind()).isEqualTo(FailureKind.BAD_RESPONSE);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(clock.waits()).isEmpty();
  }

  @Test
  void crossHostRedirectDropsAuthorization() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start();
      other.enqueue(ok("from elsewhere"));
      String target = "http://127.0.0.1:" + other.getPort() + "/v1/chat/completions";
      server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", target).build());
      try (ChatClient c = client(Fixtures.settings(server, tmp))) {
        assertThat(call(c).content()).isEqualTo("from elsewhere");
      }
      assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
      RecordedRequest redirected = other.takeRequest();
      assertThat(redirected.getHeaders().get("Authorization")).isNull();
      assertThat(redirected.getHeaders().toString()).doesNotContain(KEY);
    }
  }

  @Test
  void circuitBreakerStopsCallsToAFailingEndpoint() {
    RetryTuning breaker = new RetryTuning(Duration.ofMillis(100), Duration.ofSeconds(2), 0,
        Duration.ofSeconds(30), 2, Duration.ofMinutes(5));
    for (int i = 0; i < 5; i++) {
      server.enqueue(json(500, "{}"));
    }
    try (ChatClient c = client(Fixtures.settings(server, tmp).maxRetries(0), breaker)) {
      assertThat(failure(c).kind()).isEqualTo(FailureKind.SERVER_ERROR);
      assertThat(failure(c).kind()).isEqualTo(FailureKind.SERVER_ERROR);
      assertThat(c.circuitOpen()).isTrue();
      LlmUnavailableException open = failure(c);
      assertThat(open.kind()).isEqualTo(FailureKind.CIRCUIT_OPEN);
      assertThat(open.getMessage()).contains("pauses calls");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void serverEchoOfTheKeyIsRedacted() {
    server.enqueue(error(400, "invalid_request_error", "bad header Authorization: Bearer " + KEY));
    try (ChatClient c = client(Fixtures.settings(server, tmp))) {
      LlmUnavailableException e = failure(c);
      assertThat(e.getMessage()).doesNotContain(KEY).contains(Redaction.MASK);
    }
  }

  @Test
  void keyWithLineBreakIsAConfigurationErrorWithoutTheKey() {
    try (ChatClient c = client(Fixtures.settings(server, tmp).apiKey("sk-abc\ndef-secretpart"))) {
      LlmUnavailableException e = failure(c);
      assertThat(e).isInstanceOf(LlmConfigException.class);
      assertThat(e.getMessage()).doesNotContain("secretpart");
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
