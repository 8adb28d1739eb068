package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {
  @TempDir Path tmp;

  @Test
  void goodSetUpExitsZeroWithOneLinePerCheck() {
    CliRunner.Result r = new CliRunner(tmp).run("doctor");
    assertThat(r.exitCode()).as("%s", r).isZero();
    assertThat(r.out()).contains("ok    java").contains("offline mode").endsWith("No problems found.\n");
    assertThat(r.out().lines()).allMatch(l -> l.startsWith("ok  ") || l.startsWith("note") || l.startsWith("No problems"));
  }

  @Test
  void problemExitsWithConfigCodeAndPrintsTheFix() {
    CliRunner.Result r = new CliRunner(tmp).env("L2M_TEMPO", "999").run("doctor");
    assertThat(r.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(r.out()).containsPattern("FAIL +L2M_TEMPO +'999': 999 is out of range .* -- fix: ").contains("1 problem found.");
  }

  @Test
  void onlineReportsTheEndpoint() throws Exception {
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.start();
      server.enqueue(new mockwebserver3.MockResponse.Builder().code(401).build());
      CliRunner.Result r =
          new CliRunner(tmp)
              .env("L2M_MODEL", "m")
              .env("L2M_BASE_URL", server.url("/v1").toString())
              .env("L2M_API_KEY", "sk-abcdefghijklmnopqrstuvwxyz1234")
              .run("doctor", "--online");
      assertThat(r.exitCode()).as("%s", r).isEqualTo(ExitCode.CONFIG);
      assertThat(r.out()).containsPattern("FAIL +online +GET .*/v1/models: HTTP 401 in \\d+ ms");
    }
  }

  @Test
  void quietShowsOnlyProblems() {
    CliRunner.Result r = new CliRunner(tmp).env("L2M_CHORDS", "perhaps").run("doctor", "-q");
    assertThat(r.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(r.out().lines()).hasSize(2);
    assertThat(new CliRunner(tmp).run("doctor", "-q").out()).isEmpty();
  }

  @Test
  void jsonListsChecksAndRedactsTheKey() throws IOException {
    String key = "sk-abcdefghijklmnopqrstuvwxyz1234";
    CliRunner.Result r =
        new CliRunner(tmp).env("L2M_API_KEY", key).env("L2M_MODEL", "m").env("L2M_TIME", "7/7").run("doctor", "--json");
    assertThat(r.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(r.out()).doesNotContain(key);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("ok").asBoolean()).isFalse();
    assertThat(root.get("checks")).anySatisfy(c -> {
      assertThat(c.get("name").asText()).isEqualTo("L2M_TIME");
      assertThat(c.get("status").asText()).isEqualTo("fail");
      assertThat(c.get("fix").asText()).isNotEmpty();
    });
    assertThat(root.get("checks")).anySatisfy(c -> {
      assertThat(c.get("name").asText()).isEqualTo("L2M_API_KEY");
      assertThat(c.get("detail").asText()).isEqualTo("****1234");
    });
  }
}
