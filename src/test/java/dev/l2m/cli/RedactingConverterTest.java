package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactingConverterTest {
  @Test
  void masksBearerTokensAndKeyLikeStrings() {
    String r = RedactingConverter.redact("Authorization: Bearer sk-proj-abcdefghijklmnop and api_key=\"xyz123secret\"");
    assertThat(r).doesNotContain("abcdefghijklmnop").doesNotContain("xyz123secret").contains("****");
    assertThat(RedactingConverter.redact("key sk-1234567890abcdef")).isEqualTo("key sk-****");
    assertThat(RedactingConverter.redact("nothing secret here")).isEqualTo("nothing secret here");
    assertThat(RedactingConverter.redact(null)).isNull();
  }
}
