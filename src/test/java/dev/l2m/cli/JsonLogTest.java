package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class JsonLogTest {
  @TempDir Path tmp;

  @AfterEach
  void back() {
    MDC.clear();
    LogSetup.configure(tmp.resolve("after.log"), false);
  }

  @Test
  void jsonLinesCarryTheMdcAndMaskSecrets() throws Exception {
    Path log = tmp.resolve("l2m.log");
    assertThat(LogSetup.configure(log, false, true)).isEqualTo(log);
    MDC.put("item", "run-7");
    LoggerFactory.getLogger("dev.l2m.test").info("calling with key {}", "sk-abcdefghijklmnop");
    MDC.remove("item");

    List<String> lines = Files.readAllLines(log);
    assertThat(lines).isNotEmpty();
    JsonNode last = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertThat(last.get("mdc").get("item").asText()).isEqualTo("run-7");
    assertThat(last.get("formattedMessage").asText()).startsWith("calling with key sk-");
    assertThat(String.join("\n", lines)).doesNotContain("abcdefghijklmnop");
  }
}
