package dev.l2m.lyrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class PackedTableTest {

  private static PackedTable table(Map<String, String> entries) throws IOException {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(entries).forEach((k, v) -> text.append(k).append('\t').append(v).append('\n'));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    return PackedTable.fromGzip(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void findsEveryKeyAndNothingElse() throws IOException {
    PackedTable t = table(Map.of("ab", "1", "abc", "2", "b", "3", "ba", "4", "zz'z", "5 6"));

    assertThat(t.get("ab")).hasValue("1");
    assertThat(t.get("abc")).hasValue("2");
    assertThat(t.get("b")).hasValue("3");
    assertThat(t.get("ba")).hasValue("4");
    assertThat(t.get("zz'z")).hasValue("5 6");
    // before the first line, between lines, a prefix of a key, longer than a key, after the last
    assertThat(t.get("a")).isEmpty();
    assertThat(t.get("abb")).isEmpty();
    assertThat(t.get("abcd")).isEmpty();
    assertThat(t.get("bb")).isEmpty();
    assertThat(t.get("zzzz")).isEmpty();
    assertThat(t.get("")).isEmpty();
  }

  @Test
  void singleLineAndEmptyTables() throws IOException {
    PackedTable one = table(Map.of("word", "10"));
    assertThat(one.get("word")).hasValue("10");
    assertThat(one.get("wor")).isEmpty();
    assertThat(one.get("words")).isEmpty();
    assertThat(one.size()).isEqualTo(1);

    PackedTable none = table(Map.of());
    assertThat(none.get("word")).isEmpty();
    assertThat(none.size()).isZero();
  }

  @Test
  void agreesWithASortedMapOnRandomWords() throws IOException {
    Random random = new Random(42);
    Map<String, String> entries = new TreeMap<>();
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String word = randomWord(random);
      probes.add(word);
      if (i % 3 != 0) {
        entries.put(word, Integer.toString(i));
      }
    }
    PackedTable t = table(entries);

    for (String probe : probes) {
      assertThat(t.get(probe)).as(probe).isEqualTo(java.util.Optional.ofNullable(entries.get(probe)));
    }
    List<String> keys = new ArrayList<>(entries.keySet());
    assertThat(t.size()).isEqualTo(keys.size());
    for (int i = 0; i < keys.size(); i += 97) {
      assertThat(t.keyAt(i)).isEqualTo(keys.get(i));
    }
  }

  @Test
  void bundledTablesAreSharedAndAMissingOneIsReportedEachTime() {
    assertThat(PackedTable.bundled(PronouncingDictionary.RESOURCE))
        .isSameAs(PackedTable.bundled(PronouncingDictionary.RESOURCE));
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> PackedTable.bundled("/dev/l2m/lyrics/no-such-table.txt.gz"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no-such-table.txt.gz is missing");
    }
  }

  private static String randomWord(Random random) {
    int length = 1 + random.nextInt(8);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(4)));
    }
    return b.toString();
  }
}
