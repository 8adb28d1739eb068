package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language-model options of {@code generate} and the {@code cache} command, end to end. */
class LlmCliTest {
  private static final String LYRICS = "Twinkle twinkle little star\nHow I wonder what you are";
  private static final String KEY = "sk-cli-test-0123456789SECRET";
  private static final String ANSWER = "{\"emotion\":\"playful\",\"valence\":0.6,\"arousal\":0.6,"
      + "\"confidence\":0.9,\"emphasis\":[\"star\"],\"key\":\"G major\",\"tempo\":100,"
      + "\"meter\":\"3/4\",\"stanzas\":[{\"stanza\":1,\"emotion\":\"playful\",\"intensity\":0.5}]}";

  @TempDir Path tmp;
  private final MockWebServer server = new MockWebServer();
  private CliRunner cli;

  @BeforeEach
  void setUp() throws Exception {
    server.start();
    cli = new CliRunner(tmp).env("L2M_API_KEY", KEY).env("L2M_BASE_URL", server.url("/v1").toString());
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private static MockResponse completion(String content) {
    ObjectMapper om = new ObjectMapper();
    var root = om.createObjectNode();
    var choice = root.putArray("choices").addObject();
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(root.toString()).build();
  }

  private static JsonNode json(CliRunner.Result r) throws Exception {
    return new ObjectMapper().readTree(r.out());
  }

  @Test
  void modelAnswerDrivesTheSongAndIsCached() throws Exception {
    server.enqueue(completion(ANSWER));
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "a", "--model", "m", "--json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JsonNode out = json(r);
    assertThat(out.path("analysis").path("source").asText()).isEqualTo("llm");
    assertThat(out.path("analysis").path("emotion").asText()).isEqualTo("playful");
    assertThat(r.out() + r.err()).doesNotContain(KEY);

    CliRunner.Result again = cli.run("--lyrics", LYRICS, "--out", "b", "--model", "m", "--json");
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(json(again).path("analysis").path("note").asText()).contains("cached");
    assertThat(server.getRequestCount()).isEqualTo(1);

    CliRunner.Result stats = cli.run("cache", "stats", "--json");
    assertThat(stats.exitCode()).as(stats.toString()).isZero();
    assertThat(json(stats).path("entries").asInt()).isEqualTo(1);
    assertThat(json(stats).path("directory").asText()).startsWith(tmp.toString());

    CliRunner.Result clear = cli.run("cache", "clear");
    assertThat(clear.exitCode()).as(clear.toString()).isZero();
    assertThat(clear.err()).contains("removed 1 cached answer");
    try (Stream<Path> files = Files.list(tmp.resolve("xdg/cache/l2m/llm"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void noCacheAsksEveryTime() {
    server.enqueue(completion(ANSWER));
    server.enqueue(completion(ANSWER));
    assertThat(cli.run("--lyrics", LYRICS, "--out", "a", "--model", "m", "--no-cache").exitCode()).isZero();
    assertThat(cli.run("--lyrics", LYRICS, "--out", "b", "--model", "m", "--no-cache").exitCode()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void refusedKeyFallsBackWithOneWarningOrExits8UnderNoFallback() throws Exception {
    MockResponse unauthorized = new MockResponse.Builder().code(401)
        .body("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}").build();
    server.enqueue(unauthorized);
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "a", "--model", "m", "--json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(json(r).path("analysis").path("source").asText()).isEqualTo("offline-fallback");
    assertThat(json(r).path("analysis").path("note").asText()).contains("L2M_API_KEY");
    assertThat(r.err()).containsOnlyOnce("warning: ").contains("check L2M_API_KEY");
    assertThat(r.out() + r.err()).doesNotContain(KEY);

    server.enqueue(unauthorized);
    CliRunner.Result strict = cli.run("--lyrics", LYRICS, "--out", "b", "--model", "m", "--no-fallback");
    assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(ExitCode.LLM_AUTH);
    assertThat(strict.err()).contains("L2M_API_KEY").doesNotContain(KEY);
    assertThat(cli.work().resolve("b.mid")).doesNotExist();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void unusableModelExits4UnderNoFallback() {
    server.enqueue(completion("I am not JSON"));
    server.enqueue(completion("still not JSON"));
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "a", "--model", "m", "--no-fallback");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.LLM_UNAVAILABLE);
    assertThat(r.err()).contains("no JSON object");
  }

  @Test
  void plainHttpToARemoteHostIsAConfigurationError() {
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "a", "--model", "m",
        "--base-url", "http://example.com/v1");
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.CONFIG);
    assertThat(r.err()).contains("--base-url").contains("https");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void offlineNeverCallsTheModel() throws Exception {
    CliRunner.Result r = cli.run("--lyrics", LYRICS, "--out", "a", "--model", "m", "--offline", "--json");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(json(r).path("analysis").path("source").asText()).isEqualTo("offline");
    assertThat(server.getRequestCount()).isZero();
  }
}
