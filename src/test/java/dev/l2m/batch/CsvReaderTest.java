package dev.l2m.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<List<String>> readAll(String text) throws IOException {
    CsvReader r = new CsvReader(new StringReader(text));
    List<List<String>> records = new ArrayList<>();
    for (List<String> rec = r.next(); rec != null; rec = r.next()) {
      records.add(rec);
    }
    return records;
  }

  @Test
  void plainFieldsAndRecords() throws IOException {
    assertThat(readAll("id,lyrics\na,hello\nb,world\n"))
        .containsExactly(List.of("id", "lyrics"), List.of("a", "hello"), List.of("b", "world"));
  }

  @Test
  void quotedFieldsKeepCommasNewlinesAndDoubledQuotes() throws IOException {
    String text = "id,lyrics\r\n\"x, y\",\"line one\r\nline \"\"two\"\"\"\r\n";
    assertThat(readAll(text))
        .containsExactly(List.of("id", "lyrics"), List.of("x, y", "line one\r\nline \"two\""));
  }

  @Test
  void emptyFieldsAndAMissingFinalNewline() throws IOException {
    assertThat(readAll("a,,c\n,\"\",")).containsExactly(List.of("a", "", "c"), List.of("", "", ""));
  }

  @Test
  void blankLinesBetweenRecordsAreSkipped() throws IOException {
    assertThat(readAll("a\n\n\nb\n")).containsExactly(List.of("a"), List.of("b"));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsText() throws IOException {
    assertThat(readAll("say \"hi\",x\n")).containsExactly(List.of("say \"hi\"", "x"));
  }

  @Test
  void recordLineIsWhereTheRecordStarted() throws IOException {
    CsvReader r = new CsvReader(new StringReader("h\n\"a\nb\"\nc\n"));
    r.next();
    r.next();
    assertThat(r.recordLine()).isEqualTo(2);
    assertThat(r.next()).containsExactly("c");
    assertThat(r.recordLine()).isEqualTo(4);
  }

  @Test
  void anUnclosedQuoteIsAnErrorNamingTheLine() {
    CsvReader r = new CsvReader(new StringReader("h\n\"never closed\nmore\n"));
    assertThatThrownBy(
            () -> {
              r.next();
              r.next();
            })
        .isInstanceOf(CsvReader.CsvException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("never closed");
  }

  @Test
  void textAfterAClosingQuoteFailsThatRecordOnly() throws IOException {
    CsvReader r = new CsvReader(new StringReader("\"a\"b,c\nnext,ok\n"));
    assertThatThrownBy(r::next).isInstanceOf(CsvReader.CsvException.class).hasMessageContaining("line 1");
    assertThat(r.next()).containsExactly("next", "ok");
    assertThat(r.next()).isNull();
  }

  @Test
  void emptyInputHasNoRecords() throws IOException {
    assertThat(readAll("")).isEmpty();
  }
}
