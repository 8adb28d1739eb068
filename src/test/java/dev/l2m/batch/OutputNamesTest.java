package dev.l2m.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.l2m.output.OutputFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OutputNamesTest {

  @Test
  void hostileTitlesBecomeSafePlainNames() {
    OutputNames names = new OutputNames();
    for (String hostile :
        List.of("../../etc/passwd", "/abs/path", "a\\b", "CON", "nul.txt", "..", ".", "", "  ", "a\u0000b", "x:y*z?")) {
      String name = names.allocate(hostile);
      assertThat(OutputFiles.checkBaseName(name)).as(hostile).isEqualTo(name);
      assertThat(name).doesNotContain("/", "\\", "..");
    }
  }

  @Test
  void duplicatesGetNumberedInInputOrderIgnoringCase() {
    OutputNames names = new OutputNames();
    assertThat(Stream.of("Song", "song", "SONG", "song-2", "Other").map(names::allocate).toList())
        .containsExactly("Song", "song-2", "SONG-3", "song-2-2", "Other");
  }

  @Test
  void namesThatSanitizeAlikeAreDuplicates() {
    OutputNames names = new OutputNames();
    assertThat(names.allocate("a/b")).isEqualTo("a-b");
    assertThat(names.allocate("a b")).isEqualTo("a-b-2");
  }

  @Test
  void overlongNamesStayWithinTheLimitWithTheirSuffix() {
    OutputNames names = new OutputNames();
    String longTitle = "é".repeat(400);
    String first = names.allocate(longTitle);
    String second = names.allocate(longTitle);
    assertThat(second).endsWith("-2").isNotEqualTo(first);
    for (String n : List.of(first, second)) {
      assertThat(n.getBytes(StandardCharsets.UTF_8).length).isLessThan(OutputFiles.MAX_BASE_NAME);
      assertThat(OutputFiles.checkBaseName(n)).isEqualTo(n);
    }
  }

  @Test
  void theSameInputsGiveTheSameNames() {
    List<String> titles = List.of("x", "X", "a/b", "a b", "CON", "con");
    OutputNames one = new OutputNames();
    OutputNames two = new OutputNames();
    assertThat(titles.stream().map(one::allocate).toList()).isEqualTo(titles.stream().map(two::allocate).toList());
  }
}
