package dev.l2m.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchInputsTest {
  @TempDir Path tmp;

  private static List<BatchItem> all(BatchInputs inputs) {
    List<BatchItem> items = new ArrayList<>();
    inputs.forEach(items::add);
    return items;
  }

  @Test
  void mixedInputsGiveItemsInOrderWithRunningIndexes() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("lyrics"));
    Files.writeString(dir.resolve("b.txt"), "second");
    Files.writeString(dir.resolve("a.txt"), "first");
    Files.writeString(dir.resolve("notes.md"), "not lyrics");
    Path jsonl = Files.writeString(tmp.resolve("s.jsonl"), "{\"id\":\"j1\",\"lyrics\":\"x\",\"tempo\":90}\n\n{\"title\":\"T\",\"lyrics\":\"y\"}\n");
    Path csv = Files.writeString(tmp.resolve("s.csv"), "Title,Lyrics,Key,Artist\nc1,\"z\nz\",D,someone\n");
    Path single = Files.writeString(tmp.resolve("one.lyrics"), "solo");

    List<BatchItem> items = all(BatchInputs.of(List.of(dir, jsonl, csv, single)));

    assertThat(items).extracting(BatchItem::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(items.get(0).lyricsFile()).isEqualTo(dir.resolve("a.txt"));
    assertThat(items.get(0).id()).isEqualTo("a");
    assertThat(items.get(1).id()).isEqualTo("b");
    assertThat(items.get(2).id()).isEqualTo("j1");
    assertThat(items.get(2).options()).isEqualTo(Map.of("tempo", "90"));
    assertThat(items.get(2).origin()).endsWith("s.jsonl:1");
    assertThat(items.get(3).title()).isEqualTo("T");
    assertThat(items.get(3).origin()).endsWith("s.jsonl:3");
    assertThat(items.get(4).title()).isEqualTo("c1");
    assertThat(items.get(4).lyrics()).isEqualTo("z\nz");
    assertThat(items.get(4).options()).as("unknown columns are ignored").isEqualTo(Map.of("key", "D"));
    assertThat(items.get(5).id()).isEqualTo("one");
    assertThat(items).allSatisfy(i -> assertThat(i.problem()).isNull());
  }

  @Test
  void badRecordsBecomeFailingItemsAndTheRestStillComes() throws IOException {
    byte[] badUtf8 = "{\"id\":\"u\",\"lyrics\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path jsonl = tmp.resolve("bad.jsonl");
    Files.write(jsonl, concat(
        "not json\n[1,2]\n{\"id\":\"nolyrics\"}\n{\"lyrics\":{\"nested\":1}}\n".getBytes(StandardCharsets.UTF_8),
        badUtf8,
        "{\"id\":\"good\",\"lyrics\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8)));

    List<BatchItem> items = all(BatchInputs.of(List.of(jsonl)));

    assertThat(items).hasSize(6);
    assertThat(items.subList(0, 5)).allSatisfy(i -> assertThat(i.problem()).isNotBlank());
    assertThat(items.get(0).problem()).contains("not valid JSON");
    assertThat(items.get(1).problem()).contains("not a JSON object");
    assertThat(items.get(2).problem()).contains("no 'lyrics'");
    assertThat(items.get(3).problem()).contains("must be text");
    assertThat(items.get(4).problem()).contains("UTF-8");
    assertThat(items.get(5).problem()).isNull();
    assertThat(items.get(5).id()).isEqualTo("good");
  }

  @Test
  void csvWithoutALyricsColumnIsOneFailingItem() throws IOException {
    Path csv = Files.writeString(tmp.resolve("x.csv"), "id,text\na,b\n");
    List<BatchItem> items = all(BatchInputs.of(List.of(csv)));
    assertThat(items).hasSize(1);
    assertThat(items.get(0).problem()).contains("no 'lyrics' column");
  }

  @Test
  void csvRecordsWithTheWrongFieldCountOrBrokenQuotesFailAlone() throws IOException {
    Path csv = Files.writeString(tmp.resolve("x.csv"), "\uFEFFid,lyrics\na,b,extra\n\"q\"x,y\nok,fine\n");
    List<BatchItem> items = all(BatchInputs.of(List.of(csv)));
    assertThat(items).hasSize(3);
    assertThat(items.get(0).problem()).contains("3 fields");
    assertThat(items.get(1).problem()).contains("closing quote");
    assertThat(items.get(2).problem()).isNull();
    assertThat(items.get(2).id()).as("a byte order mark does not hide the first column").isEqualTo("ok");
  }

  @Test
  void aMissingInputStopsBeforeAnythingRuns() {
    assertThatThrownBy(() -> BatchInputs.of(List.of(tmp.resolve("nope.txt"))))
        .isInstanceOf(BatchException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> BatchInputs.of(List.of())).isInstanceOf(BatchException.class);
  }

  @Test
  void pathListSkipsBlanksAndCommentsAndResolvesRelativePaths() throws IOException {
    List<Path> paths = BatchInputs.pathList(new StringReader("a.txt\n\n# comment\n  /abs/b.txt  \n"), tmp);
    assertThat(paths).containsExactly(tmp.resolve("a.txt"), Path.of("/abs/b.txt"));
  }

  @Test
  void theSinkCanStopTheReading() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("d"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(dir.resolve(i + ".txt"), "x");
    }
    List<BatchItem> seen = new ArrayList<>();
    BatchInputs.of(List.of(dir)).forEach(i -> seen.add(i) && seen.size() < 2);
    assertThat(seen).hasSize(2);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
