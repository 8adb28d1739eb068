package dev.l2m.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaseUrlTest {

  private static final String SETTING = "--base-url";

  @ParameterizedTest
  @ValueSource(strings = {
    "https://api.openai.com/v1",
    "https://openrouter.ai/api/v1/",
    "http://localhost:11434/v1",
    "http://localhost/v1",
    "http://LOCALHOST:1234/v1",
    "http://127.0.0.1:8080/v1",
    "http://127.255.3.4/v1",
    "http://[::1]:8000/v1",
    "http://[0:0:0:0:0:0:0:1]/v1"
  })
  void accepts(String url) {
    assertThat(BaseUrl.parse(url, SETTING).encodedPath()).doesNotEndWith("/v1/");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "http://api.openai.com/v1",
    "http://128.0.0.1/v1",
    "http://10.0.0.5:11434/v1",
    "http://localhost.evil.com/v1",
    "http://127.0.0.1.nip.io/v1",
    "http://[::2]/v1",
    "http://0.0.0.0:8000/v1"
  })
  void plainHttpNeedsALoopbackHost(String url) {
    assertThatThrownBy(() -> BaseUrl.parse(url, SETTING))
        .isInstanceOf(LlmConfigException.class)
        .hasMessageStartingWith(SETTING)
        .hasMessageContaining("https");
  }

  @Test
  void refusesUserInfoWithoutEchoingIt() {
    assertThatThrownBy(() -> BaseUrl.parse("https://user:hunter2@api.example.com/v1", SETTING))
        .isInstanceOf(LlmConfigException.class)
        .hasMessageContaining("user name or password")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void refusesQueryAndFragment() {
    assertThatThrownBy(() -> BaseUrl.parse("https://api.example.com/v1?key=abc", SETTING))
        .hasMessageContaining("query");
    assertThatThrownBy(() -> BaseUrl.parse("https://api.example.com/v1#x", SETTING))
        .hasMessageContaining("fragment");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "api.openai.com/v1", "ftp://localhost/v1", "localhost:11434"})
  void refusesNonUrls(String url) {
    assertThatThrownBy(() -> BaseUrl.parse(url, SETTING))
        .isInstanceOf(LlmConfigException.class)
        .hasMessageStartingWith(SETTING);
  }

  @Test
  void trailingSlashesAreDropped() {
    assertThat(BaseUrl.parse("http://localhost:11434/v1//", SETTING).toString())
        .isEqualTo("http://localhost:11434/v1");
  }
}
