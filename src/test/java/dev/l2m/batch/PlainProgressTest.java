package dev.l2m.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PlainProgressTest {

  private static ItemResult result(long i, ItemStatus status) {
    return new ItemResult(i, "in:" + i, "n" + i, "c", status, List.of(), null, null, null, 0, null, 0, 0, 0,
        status == ItemStatus.FAILED ? "boom" : null);
  }

  @Test
  void printsAtMostOneProgressLinePerIntervalAndEveryFailure() {
    StringWriter text = new StringWriter();
    AtomicLong clock = new AtomicLong();
    PlainProgress p = new PlainProgress(new PrintWriter(text), clock::get, 10);
    p.started(5);
    clock.set(3);
    p.finished(result(0, ItemStatus.OK));
    clock.set(12);
    p.finished(result(1, ItemStatus.FAILED));
    clock.set(13);
    p.finished(result(2, ItemStatus.OK));
    clock.set(30);
    p.finished(result(3, ItemStatus.OK));
    p.finished(result(4, ItemStatus.OK));
    p.ended(new BatchSummary(5, 4, 1, 0, 0, Duration.ofNanos(30)));

    List<String> lines = text.toString().lines().toList();
    assertThat(lines)
        .containsExactly(
            "batch: 5 items",
            "batch: failed in:1: boom",
            "batch: 2/5 done, 1 failed, 166666666.7 items/s",
            "batch: 4/5 done, 1 failed, 133333333.3 items/s",
            "batch: 5/5 done, 1 failed, 166666666.7 items/s");
    assertThat(text.toString()).doesNotContain("\r");
  }
}
