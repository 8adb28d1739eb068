package dev.l2m.lyrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LyricsTextTest {

  @Test
  void decodesUtf8AndDropsOnlyALeadingByteOrderMark() throws CharacterCodingException {
    assertThat(LyricsText.decode("\uFEFFcafé\nline".getBytes(StandardCharsets.UTF_8))).isEqualTo("café\nline");
    assertThat(LyricsText.decode("a\uFEFFb".getBytes(StandardCharsets.UTF_8))).isEqualTo("a\uFEFFb");
    assertThat(LyricsText.stripBom("\uFEFF\uFEFFx")).isEqualTo("\uFEFFx");
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> LyricsText.decode(latin1)).isInstanceOf(CharacterCodingException.class);
  }
}
