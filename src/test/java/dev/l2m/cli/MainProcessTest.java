package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main} in fresh JVMs, the way a user starts l2m: the system properties it sets, the
 * warm-up thread, logging set up from scratch, the exit code and what reaches stdout and stderr.
 * (The race between the two threads over SLF4J's start is pinned down by {@link
 * WarmupRaceTest}.)
 */
class MainProcessTest {
  private static final int STARTS = 3;

  @Test
  void everyColdStartWritesTheSongAndItsLog(@TempDir Path dir) throws Exception {
    for (int run = 0; run < STARTS; run++) {
      Path home = Files.createDirectories(dir.resolve("home" + run));
      Path out = Files.createDirectories(dir.resolve("out" + run));
      Path logs = dir.resolve("logs" + run);
      ProcessBuilder pb =
          new ProcessBuilder(command("--lyrics", "Twinkle twinkle little star", "--out", "star",
                  "--output-dir", out.toString()))
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(dir.resolve("stdout").toFile())
              .redirectError(dir.resolve("stderr").toFile());
      Map<String, String> env = pb.environment();
      env.keySet().removeIf(k -> k.startsWith("L2M_") || k.startsWith("XDG_") || k.contains("API_KEY"));
      env.put("HOME", home.toString());
      env.put("L2M_LOG_DIR", logs.toString());
      Process p = pb.start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);

      assertThat(p.exitValue()).as("start %d: %s", run, stderr).isZero();
      assertThat(Files.readString(dir.resolve("stdout"))).isEmpty();
      assertThat(stderr).contains("wrote ", "star.mid", "star.musicxml").doesNotContain("SLF4J");
      assertThat(out.resolve("star.mid")).isNotEmptyFile();
      assertThat(out.resolve("star.musicxml")).isNotEmptyFile();
      assertThat(Files.readString(logs.resolve("l2m.log"))).contains("l2m generate", "wrote [");
    }
  }

  private static List<String> command(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // the launcher's options, so the timing of the two threads is the one users get
    cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        "--add-exports", "java.desktop/com.sun.media.sound=ALL-UNNAMED", "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
