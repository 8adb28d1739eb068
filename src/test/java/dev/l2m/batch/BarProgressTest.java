package dev.l2m.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarProgressTest {

  private static ItemResult result(long i, ItemStatus status) {
    return new ItemResult(i, "in", "n" + i, "c", status, List.of(), null, null, null, 0, null, 0, 0, 0, null);
  }

  @Test
  void drawsOneRedrawnBarWithItemsAndFailures() {
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text);
    try (BarProgress bar = new BarProgress(err, 100)) {
      bar.started(3);
      bar.finished(result(0, ItemStatus.OK));
      bar.finished(result(1, ItemStatus.FAILED));
      bar.finished(result(2, ItemStatus.OK));
      bar.ended(new BatchSummary(3, 2, 1, 0, 0, Duration.ofSeconds(1)));
    }
    String out = text.toString();
    assertThat(out).startsWith("\r").contains("3/3").contains("1 failed").endsWith(System.lineSeparator());
    assertThat(out.split("\r")).allSatisfy(frame -> assertThat(frame.stripTrailing().length()).isLessThan(100));
  }
}
