package dev.l2m.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.analysis.Analyzer;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.analysis.LexiconAnalyzer;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GuardedAnalyzerTest {
  private static final Analyzer OFFLINE = new LexiconAnalyzer(EmotionMap.bundled());
  private static final Lyrics LYRICS = new LyricsParser(new RuleSyllabifier()).parse("Happy days are here again");

  private final AtomicLong clock = new AtomicLong(1_000);
  private final List<Long> sleeps = new ArrayList<>();

  private GuardedAnalyzer guarded(Analyzer primary, Analyzer fallback, GuardedAnalyzer.Limits limits) {
    return new GuardedAnalyzer(
        primary,
        fallback,
        limits,
        clock::get,
        nanos -> {
          sleeps.add(nanos);
          clock.addAndGet(nanos);
        },
        e -> e.getMessage() != null && e.getMessage().contains("429"));
  }

  private static Analysis remote(Lyrics l) {
    Analysis a = OFFLINE.analyze(l);
    return new Analysis(a.emotion(), a.valence(), a.arousal(), a.confidence(), AnalysisSource.LLM, a.emphasis(),
        null, null, null, "");
  }

  @Test
  void spacesCallsToTheRequestRate() {
    GuardedAnalyzer g = guarded(GuardedAnalyzerTest::remote, OFFLINE, new GuardedAnalyzer.Limits(60, 3, Duration.ofMinutes(1)));
    for (int i = 0; i < 3; i++) {
      assertThat(g.analyze(LYRICS).source()).isEqualTo(AnalysisSource.LLM);
    }
    long second = TimeUnit.SECONDS.toNanos(1);
    assertThat(sleeps).containsExactly(second, second);
  }

  @Test
  void aTooManyRequestsAnswerSlowsTheRateDown() {
    AtomicInteger calls = new AtomicInteger();
    Analyzer flaky =
        l -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("HTTP 429 too many requests");
          }
          return remote(l);
        };
    GuardedAnalyzer g = guarded(flaky, OFFLINE, new GuardedAnalyzer.Limits(120, 5, Duration.ofMinutes(1)));
    long before = g.intervalNanos();
    assertThat(g.analyze(LYRICS).source()).isEqualTo(AnalysisSource.OFFLINE_FALLBACK);
    assertThat(g.intervalNanos()).isEqualTo(2 * before);
    g.analyze(LYRICS);
    assertThat(g.intervalNanos()).isLessThan(2 * before).isGreaterThan(before);
  }

  @Test
  void anOpenBreakerSendsItemsStraightToTheFallbackUntilTheCoolDownEnds() {
    AtomicInteger calls = new AtomicInteger();
    Analyzer down =
        l -> {
          calls.incrementAndGet();
          throw new IllegalStateException("connection refused");
        };
    GuardedAnalyzer g = guarded(down, OFFLINE, new GuardedAnalyzer.Limits(0, 2, Duration.ofSeconds(30)));
    g.analyze(LYRICS);
    Analysis second = g.analyze(LYRICS);
    assertThat(second.source()).isEqualTo(AnalysisSource.OFFLINE_FALLBACK);
    assertThat(second.note()).contains("connection refused");
    assertThat(g.isOpen()).isTrue();
    for (int i = 0; i < 10; i++) {
      assertThat(g.analyze(LYRICS).note()).contains("paused");
    }
    assertThat(calls).as("no calls while open").hasValue(2);
    clock.addAndGet(TimeUnit.SECONDS.toNanos(31));
    g.analyze(LYRICS);
    assertThat(calls).as("one trial call after the cool-down").hasValue(3);
    assertThat(g.isOpen()).as("the trial failed: open again").isTrue();
    assertThat(sleeps).isEmpty();
  }

  @Test
  void withoutFallbackItemsFailAtOnce() {
    Analyzer down =
        l -> {
          throw new IllegalStateException("timeout");
        };
    GuardedAnalyzer g = guarded(down, null, new GuardedAnalyzer.Limits(0, 1, Duration.ofMinutes(5)));
    assertThatThrownBy(() -> g.analyze(LYRICS))
        .isInstanceOf(GuardedAnalyzer.UnavailableException.class)
        .hasMessageContaining("timeout");
    assertThatThrownBy(() -> g.analyze(LYRICS))
        .isInstanceOf(GuardedAnalyzer.UnavailableException.class)
        .hasMessageContaining("paused")
        .hasMessageContaining("--no-fallback");
  }
}
