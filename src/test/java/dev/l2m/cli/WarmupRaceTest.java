package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The main thread sets up logging while {@link Warmup}'s thread is still inside SLF4J's one-time
 * initialisation. SLF4J hands a second thread a stand-in factory rather than making it wait; before
 * {@link LogSetup#prepare} waited for the real one, about one start in eight failed with an
 * internal error. The window only exists once per JVM, so the test runs in a fresh one and holds
 * the main thread back until the warm-up thread is inside the initialisation.
 */
class WarmupRaceTest {

  @Test
  void loggingSetUpDuringTheWarmUpsInitialisationWaitsForIt(@TempDir Path dir) throws Exception {
    // A run proves something only when the main thread really caught the initialisation in
    // progress; on a busy machine it may not, so try a few fresh JVMs until one does.
    boolean caught = false;
    for (int attempt = 0; attempt < 5 && !caught; attempt++) {
      Path log = dir.resolve("l2m-" + attempt + ".log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
              RaceOnce.class.getName(), log.toString())
          .redirectOutput(dir.resolve("stdout").toFile())
          .redirectError(dir.resolve("stderr").toFile())
          .start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

      String out = Files.readString(dir.resolve("stdout"));
      assertThat(p.exitValue()).as(out + Files.readString(dir.resolve("stderr"))).isZero();
      assertThat(out).contains("log file set up");
      assertThat(Files.readString(log)).contains("after the race");
      caught = out.contains("caught the initialisation in progress");
    }
    assertThat(caught).as("no run caught SLF4J's initialisation in progress").isTrue();
  }

  /** Runs in the fresh JVM: prints what happened; exit code 0 only when logging was set up. */
  static final class RaceOnce {
    private static final int ONGOING_INITIALIZATION = 1;

    public static void main(String[] args) throws Exception {
      Field state = LoggerFactory.class.getDeclaredField("INITIALIZATION_STATE");
      state.setAccessible(true);
      Warmup.start(true);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (state.getInt(null) != ONGOING_INITIALIZATION && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      if (state.getInt(null) == ONGOING_INITIALIZATION) {
        System.out.println("caught the initialisation in progress");
      }
      Path used = LogSetup.configure(Path.of(args[0]), false);
      System.out.println(used != null ? "log file set up" : "no log file");
      LoggerFactory.getLogger(RaceOnce.class).info("after the race");
      System.exit(used != null ? 0 : 2);
    }
  }
}
