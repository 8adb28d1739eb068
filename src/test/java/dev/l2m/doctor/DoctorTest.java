package dev.l2m.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoctorTest {
  @TempDir Path tmp;

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>();
    env.put("XDG_CONFIG_HOME", tmp.resolve("xdg/config").toString());
    env.put("XDG_CACHE_HOME", tmp.resolve("xdg/cache").toString());
    env.put("XDG_STATE_HOME", tmp.resolve("xdg/state").toString());
    return env;
  }

  private List<Check> run(Map<String, String> env) {
    return run(env, Runtime.version());
  }

  private List<Check> run(Map<String, String> env, Runtime.Version java) {
    return new Doctor(env, tmp.resolve("home"), tmp, "Linux", java, "test").run();
  }

  private static Check named(List<Check> checks, String name) {
    Optional<Check> c = checks.stream().filter(x -> x.name().equals(name)).findFirst();
    assertThat(c).as("check %s in %s", name, checks).isPresent();
    return c.orElseThrow();
  }

  @Test
  void cleanSetUpPassesInOfflineModeAndCreatesNothing() throws IOException {
    List<Check> checks = run(env());
    assertThat(Doctor.failed(checks)).as("%s", checks).isFalse();
    assertThat(checks).extracting(Check::name)
        .contains("java", "config-file", "output-dir", "log-dir", "cache-dir", "emotion-map", "base-url", "api-key");
    assertThat(named(checks, "api-key").detail()).contains("offline mode");
    assertThat(named(checks, "log-dir").detail()).contains("will be created");
    try (var files = Files.list(tmp)) {
      assertThat(files).as("doctor leaves nothing behind").isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "L2M_TEMPO, 300, out of range",
    "L2M_TEMPO, fast, not a whole number",
    "L2M_KEY, H#, ''",
    "L2M_TIME, 5/9, ''",
    "L2M_VOICE, dog, ''",
    "L2M_CHORDS, maybe, not true or false",
    "L2M_OFFLINE, sometimes, not true or false",
    "L2M_TIMEOUT, 0, out of range",
    "L2M_MAX_RETRIES, 11, out of range",
    "L2M_TEMPERATURE, hot, not a number",
    "L2M_CACHE, 2, not true or false",
    "L2M_FORMAT, ',', list is empty",
    "L2M_LOG_DIR, relative/logs, not an absolute path",
    "L2M_CONNECT_TIMEOUT, soon, not a whole number",
    "L2M_TOTAL_TIMEOUT, 0, out of range",
  })
  void eachBrokenVariableFailsWithAFix(String name, String value, String reason) {
    Map<String, String> env = env();
    env.put(name, value);
    List<Check> checks = run(env);
    Check c = named(checks, name);
    assertThat(c.status()).as("%s", c).isEqualTo(Check.Status.FAIL);
    assertThat(c.detail()).contains(reason);
    assertThat(c.fix()).isNotEmpty();
    assertThat(Doctor.failed(checks)).isTrue();
  }

  @Test
  void unknownVariableIsFlaggedWithASuggestion() {
    Map<String, String> env = env();
    env.put("L2M_TEMP0", "90");
    Check c = named(run(env), "L2M_TEMP0");
    assertThat(c.failed()).isTrue();
    assertThat(c.fix()).contains("L2M_TEMPO");
  }

  @Test
  void validVariablesPass() {
    Map<String, String> env = env();
    env.put("L2M_TEMPO", "96");
    env.put("L2M_KEY", "F#m");
    List<Check> checks = run(env);
    assertThat(named(checks, "L2M_TEMPO").status()).isEqualTo(Check.Status.OK);
    assertThat(named(checks, "L2M_KEY").status()).isEqualTo(Check.Status.OK);
    assertThat(Doctor.failed(checks)).isFalse();
  }

  @Test
  void oldJavaFails() {
    Check c = named(run(env(), Runtime.Version.parse("11.0.2")), "java");
    assertThat(c.failed()).isTrue();
    assertThat(c.fix()).contains("17");
  }

  @Test
  void brokenConfigFileFailsAndNamesTheFile() throws IOException {
    Path file = tmp.resolve("bad.properties");
    Files.writeString(file, "tempo=slow\n");
    Map<String, String> env = env();
    env.put("L2M_CONFIG", file.toString());
    Check c = named(run(env), "config-file");
    assertThat(c.failed()).isTrue();
    assertThat(c.detail()).contains("tempo").contains(file.toString());
    assertThat(c.fix()).contains(file.toString());
  }

  @Test
  void unknownKeyInConfigFileFails() throws IOException {
    Path file = tmp.resolve("c.properties");
    Files.writeString(file, "tempoo=90\n");
    Map<String, String> env = env();
    env.put("L2M_CONFIG", file.toString());
    assertThat(named(run(env), "config-file").detail()).contains("unknown setting 'tempoo'");
  }

  @Test
  void outputDirUnderAFileIsNotWritable() throws IOException {
    // a regular file in the way fails for root too, unlike permission bits
    Path blocker = Files.writeString(tmp.resolve("blocker"), "x");
    Map<String, String> env = env();
    env.put("L2M_OUTPUT_DIR", blocker.resolve("out").toString());
    Check c = named(run(env), "output-dir");
    assertThat(c.failed()).isTrue();
    assertThat(c.detail()).contains("not a directory");
    assertThat(c.fix()).contains("L2M_OUTPUT_DIR");
  }

  @Test
  void logAndCacheDirsUnderAFileFail() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "x");
    Map<String, String> env = env();
    env.put("L2M_LOG_DIR", blocker.resolve("logs").toString());
    env.put("XDG_CACHE_HOME", blocker.toString());
    List<Check> checks = run(env);
    assertThat(named(checks, "log-dir").failed()).isTrue();
    assertThat(named(checks, "cache-dir").failed()).isTrue();
  }

  @Test
  void readOnlyOutputDirFailsForNonRoot() throws IOException {
    Path ro = Files.createDirectories(tmp.resolve("ro"));
    assertThat(ro.toFile().setWritable(false, false)).isTrue();
    try {
      boolean writable = Files.isWritable(ro) && canCreateIn(ro);
      Map<String, String> env = env();
      env.put("L2M_OUTPUT_DIR", ro.toString());
      // root may write anyway: then the doctor must agree with reality
      assertThat(named(run(env), "output-dir").failed()).isEqualTo(!writable);
    } finally {
      ro.toFile().setWritable(true, false);
    }
  }

  private static boolean canCreateIn(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @ParameterizedTest
  @CsvSource({
    "ftp://example.com/v1, not an http(s) URL",
    "http://api.example.com/v1, must use https",
    "not a url, not an http(s) URL",
    "https://api.example.com/v1?x=1, query string",
  })
  void badBaseUrlFails(String url, String reason) {
    Map<String, String> env = env();
    env.put("L2M_BASE_URL", url);
    Check c = named(run(env), "base-url");
    assertThat(c.failed()).as("%s", c).isTrue();
    assertThat(c.detail()).contains(reason).contains("L2M_BASE_URL");
  }

  @ParameterizedTest
  @CsvSource({"http://localhost:11434/v1", "http://127.0.0.1:8080/v1", "http://[::1]:8080/v1", "https://api.example.com/v1"})
  void httpsAndLoopbackBaseUrlsPass(String url) {
    Map<String, String> env = env();
    env.put("L2M_BASE_URL", url);
    assertThat(named(run(env), "base-url").status()).isEqualTo(Check.Status.OK);
  }

  @Test
  void modelWithoutKeyFails() {
    Map<String, String> env = env();
    env.put("L2M_MODEL", "gpt-4o-mini");
    Check c = named(run(env), "api-key");
    assertThat(c.failed()).isTrue();
    assertThat(c.fix()).contains("L2M_API_KEY");
  }

  @Test
  void modelWithLocalServerNeedsNoKey() {
    Map<String, String> env = env();
    env.put("L2M_MODEL", "llama3");
    env.put("L2M_BASE_URL", "http://localhost:11434/v1");
    assertThat(named(run(env), "api-key").failed()).isFalse();
  }

  @Test
  void keyIsRedactedEverywhere() {
    String key = "sk-test-0123456789abcdefWXYZ";
    Map<String, String> env = env();
    env.put("L2M_MODEL", "gpt-4o-mini");
    env.put("L2M_API_KEY", key);
    List<Check> checks = run(env);
    Check c = named(checks, "api-key");
    assertThat(c.status()).isEqualTo(Check.Status.OK);
    assertThat(c.detail()).contains("****WXYZ").contains("L2M_API_KEY");
    assertThat(checks.toString()).doesNotContain(key).doesNotContain("0123456789");
  }

  @ParameterizedTest
  @CsvSource({"'sk-short', too short", "'sk-with space 0123456789abcdef', spaces"})
  void malformedKeyFailsWithoutShowingIt(String key, String reason) {
    Map<String, String> env = env();
    env.put("L2M_MODEL", "gpt-4o-mini");
    env.put("OPENAI_API_KEY", key);
    List<Check> checks = run(env);
    Check c = named(checks, "api-key");
    assertThat(c.failed()).isTrue();
    assertThat(c.detail()).contains(reason).contains("OPENAI_API_KEY");
    assertThat(checks.toString()).doesNotContain(key);
  }

  @Test
  void brokenEmotionMapFails() throws IOException {
    Path map = Files.writeString(tmp.resolve("map.json"), "{ not json");
    Map<String, String> env = env();
    env.put("L2M_EMOTION_MAP", map.toString());
    Check c = named(run(env), "emotion-map");
    assertThat(c.failed()).isTrue();
    assertThat(c.fix()).contains("L2M_EMOTION_MAP");
  }
}
