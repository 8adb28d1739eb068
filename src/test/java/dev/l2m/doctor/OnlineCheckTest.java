package dev.l2m.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.config.Config;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlineCheckTest {
  private static final String KEY = "sk-test-abcdefghijklmnop1234";

  @TempDir Path tmp;

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CONFIG_HOME", tmp.resolve("xdg/config").toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("xdg/cache").toString());
    env.put("XDG_STATE_HOME", tmp.resolve("xdg/state").toString());
    env.put("L2M_MODEL", "test-model");
    env.put("L2M_BASE_URL", server.url("/v1").toString());
    env.put("L2M_API_KEY", KEY);
    return env;
  }

  private Check online(Map<String, String> env) {
    return OnlineCheck.run(Config.load(Map.of(), env, tmp.resolve("none.properties")));
  }

  @Test
  void reachableEndpointPassesAndSendsTheKeyToModels() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"data\":[]}").build());
    Check c = online(env());
    assertThat(c.status()).as("%s", c).isEqualTo(Check.Status.OK);
    assertThat(c.detail()).contains("HTTP 200").contains(" ms");
    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/models");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void refusedKeyFailsWithAFixAndWithoutTheKey() {
    server.enqueue(new MockResponse.Builder().code(401).body("{\"error\":\"bad key " + KEY + "\"}").build());
    Check c = online(env());
    assertThat(c.failed()).isTrue();
    assertThat(c.detail()).contains("HTTP 401").contains("refused the key");
    assertThat(c.fix()).contains("L2M_API_KEY");
    assertThat(c.toString()).doesNotContain(KEY);
  }

  @Test
  void serverErrorFails() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    assertThat(online(env()).detail()).contains("HTTP 503");
  }

  @Test
  void unreachableEndpointFails() throws Exception {
    Map<String, String> env = env();
    server.close();
    Check c = online(env);
    assertThat(c.failed()).isTrue();
    assertThat(c.detail()).contains("cannot reach");
  }

  @Test
  void doctorRunsTheOnlineCheckOnlyWhenAsked() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    Map<String, String> env = env();
    Doctor doctor = new Doctor(env, tmp.resolve("home"), tmp, "Linux", Runtime.version(), "test");
    assertThat(doctor.run()).extracting(Check::name).doesNotContain("online");
    List<Check> checks = doctor.run(true);
    assertThat(checks).extracting(Check::name).contains("online");
    assertThat(Doctor.failed(checks)).as("%s", checks).isFalse();
  }
}
