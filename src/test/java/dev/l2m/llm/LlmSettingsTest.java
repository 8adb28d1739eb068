package dev.l2m.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

  @Test
  void readsL2mVariables() {
    LlmSettings s = LlmSettings.fromEnvironment(Map.of(
        "L2M_MODEL", "llama3.2",
        "L2M_BASE_URL", "http://localhost:11434/v1",
        "L2M_TEMPERATURE", "0.7",
        "L2M_TIMEOUT", "12",
        "L2M_TOTAL_TIMEOUT", "30",
        "L2M_MAX_RETRIES", "1",
        "L2M_NO_CACHE", "true",
        "L2M_NO_FALLBACK", "1",
        "L2M_CACHE_DIR", "/tmp/x",
        "HOME", "/home/u"));
    assertThat(s.model()).isEqualTo("llama3.2");
    assertThat(s.baseUrl()).isEqualTo("http://localhost:11434/v1");
    assertThat(s.temperature()).isEqualTo(0.7);
    assertThat(s.callTimeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(s.readTimeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(s.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.maxRetries()).isEqualTo(1);
    assertThat(s.cacheEnabled()).isFalse();
    assertThat(s.noFallback()).isTrue();
    assertThat(s.cacheDir()).isEqualTo(Path.of("/tmp/x"));
    assertThat(s.validate()).isEmpty();
  }

  @Test
  void honoursOpenAiVariablesButL2mWins() {
    LlmSettings openai = LlmSettings.fromEnvironment(Map.of(
        "OPENAI_API_KEY", "sk-openai-0123456789", "OPENAI_BASE_URL", "https://proxy.example/v1",
        "HOME", "/home/u"));
    assertThat(openai.apiKey()).isEqualTo("sk-openai-0123456789");
    assertThat(openai.baseUrl()).isEqualTo("https://proxy.example/v1");
    LlmSettings both = LlmSettings.fromEnvironment(Map.of(
        "OPENAI_API_KEY", "sk-openai-0123456789", "L2M_API_KEY", "sk-l2m-0123456789",
        "HOME", "/home/u"));
    assertThat(both.apiKey()).isEqualTo("sk-l2m-0123456789");
    assertThat(both.baseUrl()).isEqualTo(LlmSettings.DEFAULT_BASE_URL);
  }

  @Test
  void cacheDirFollowsXdg() {
    assertThat(LlmSettings.defaultCacheDir(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/h")))
        .isEqualTo(Path.of("/c/l2m/llm"));
    assertThat(LlmSettings.defaultCacheDir(Map.of("HOME", "/h")))
        .isEqualTo(Path.of("/h/.cache/l2m/llm"));
  }

  @Test
  void badNumbersNameTheVariable() {
    assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("L2M_MAX_RETRIES", "many")))
        .isInstanceOf(LlmConfigException.class).hasMessageStartingWith("L2M_MAX_RETRIES");
    assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("L2M_TIMEOUT", "-1")))
        .isInstanceOf(LlmConfigException.class).hasMessageStartingWith("L2M_TIMEOUT");
  }

  @Test
  void validationNamesTheSetting() {
    LlmSettings.Builder b = LlmSettings.builder().model("m").apiKey("sk-0123456789abcdef");
    assertThatThrownBy(() -> b.temperature(3).build().validate()).hasMessageContaining("--temperature");
    assertThatThrownBy(() -> b.temperature(0).maxRetries(99).build().validate())
        .hasMessageContaining("--max-retries");
    assertThatThrownBy(() -> b.maxRetries(1).model("").build().validate())
        .hasMessageContaining("--model");
    assertThatThrownBy(() -> b.model("m").apiKey("").build().validate())
        .hasMessageContaining("L2M_API_KEY");
    assertThatThrownBy(() -> b.apiKey("sk-0123456789abcdef").baseUrl("http://1.2.3.4/v1").build()
        .validate()).hasMessageContaining("--base-url");
  }

  @Test
  void unconfiguredWithoutModel() {
    assertThat(LlmSettings.fromEnvironment(Map.of("HOME", "/h")).isConfigured()).isFalse();
  }
}
