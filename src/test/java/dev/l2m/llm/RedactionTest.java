package dev.l2m.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  private static final String KEY = "sk-proj-AbCdEf0123456789xyz";

  @Test
  void hidesTheGivenSecret() {
    assertThat(Redaction.redact("key is " + KEY + ".", KEY)).isEqualTo("key is ****.");
  }

  @Test
  void hidesAuthorizationHeaderValues() {
    assertThat(Redaction.redact("Authorization: Bearer abc.def-123"))
        .isEqualTo("Authorization: Bearer ****");
    assertThat(Redaction.redact("{\"authorization\":\"Bearer xyz\"}"))
        .doesNotContain("xyz");
  }

  @Test
  void hidesStringsShapedLikeWellKnownKeys() {
    assertThat(Redaction.redact("Incorrect API key provided: sk-or-v1-0123456789abcdef"))
        .isEqualTo("Incorrect API key provided: ****");
  }

  @Test
  void leavesOrdinaryTextAlone() {
    assertThat(Redaction.redact("the model is busy, try later")).isEqualTo("the model is busy, try later");
  }

  @Test
  void urlsLoseUserInfoAndQuery() {
    assertThat(Redaction.redactUrl("https://bob:pw@host/v1?api_key=zzz"))
        .isEqualTo("https://****@host/v1?****");
  }

  @Test
  void settingsToStringNeverShowsTheKey() {
    LlmSettings s = LlmSettings.builder().apiKey(KEY).model("m").build();
    assertThat(s.toString()).doesNotContain(KEY).contains("(set, " + KEY.length() + " characters)");
  }

  @Test
  void warnsAboutObviouslyMalformedKeys() {
    assertThat(Redaction.malformedKeyWarning("Bearer " + KEY)).get().asString().contains("Bearer");
    assertThat(Redaction.malformedKeyWarning(KEY + "\n")).get().asString().contains("whitespace");
    assertThat(Redaction.malformedKeyWarning("\"" + KEY + "\"")).get().asString().contains("quotes");
    assertThat(Redaction.malformedKeyWarning("sk-ab cd-0123456789")).get().asString().contains("spaces");
    assertThat(Redaction.malformedKeyWarning("abc")).get().asString().contains("3 characters");
    assertThat(Redaction.malformedKeyWarning(KEY)).isEmpty();
    assertThat(Redaction.malformedKeyWarning("")).isEmpty();
  }

  @Test
  void warningsNeverQuoteTheKey() {
    String key = "sk-ab cd-0123456789";
    assertThat(Redaction.malformedKeyWarning(key)).get().asString().doesNotContain(key);
  }
}
