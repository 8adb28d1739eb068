package dev.l2m.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.l2m.score.Key;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path f = dir.resolve("config.properties");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void settingsAreToldApartByName() {
    Setting<String> sameName =
        new Setting<>("tempo", "another description", t -> t, "90", false, java.util.List.of());
    assertThat(sameName).isEqualTo(Settings.TEMPO).hasSameHashCodeAs(Settings.TEMPO);
    assertThat(Settings.KEY).isNotEqualTo(Settings.TEMPO).isNotEqualTo("tempo");
  }

  @Test
  void flagBeatsEnvBeatsFileBeatsDefault() throws IOException {
    Path f = file("tempo=70\nkey=F\nvoice=alto\n");
    Config c = Config.load(Map.of("tempo", "120"), Map.of("L2M_TEMPO", "90", "L2M_KEY", "D"), f);
    assertThat(c.get(Settings.TEMPO)).isEqualTo(120);
    assertThat(c.resolved(Settings.TEMPO).source()).isEqualTo(SettingSource.FLAG);
    assertThat(c.get(Settings.KEY)).isEqualTo(Key.parse("D"));
    assertThat(c.resolved(Settings.KEY).source()).isEqualTo(SettingSource.ENV);
    assertThat(c.get(Settings.VOICE).name()).isEqualTo("alto");
    assertThat(c.resolved(Settings.VOICE).source()).isEqualTo(SettingSource.FILE);
    assertThat(c.get(Settings.CHORDS)).isTrue();
    assertThat(c.resolved(Settings.CHORDS).source()).isEqualTo(SettingSource.DEFAULT);
    assertThat(c.fileExists()).isTrue();
  }

  @Test
  void badEnvValueIsAConfigErrorNamingTheVariable() {
    assertThatThrownBy(() -> Config.load(Map.of(), Map.of("L2M_TEMPO", "fast"), dir.resolve("none")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("L2M_TEMPO: 'fast' is not a whole number");
  }

  @Test
  void badFlagValueIsAUsageError() {
    assertThatThrownBy(() -> Config.load(Map.of("time", "5/3"), Map.of(), dir.resolve("none")))
        .isInstanceOf(FlagValueException.class)
        .hasMessageStartingWith("--time: '5/3' is not a time signature");
  }

  @Test
  void badFileValueNamesTheFile() throws IOException {
    Path f = file("chords=maybe\n");
    assertThatThrownBy(() -> Config.load(Map.of(), Map.of(), f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("chords in " + f)
        .hasMessageContaining("not true or false");
  }

  @Test
  void unknownFileSettingIsRefused() throws IOException {
    Path f = file("tempoo=90\n");
    assertThatThrownBy(() -> Config.load(Map.of(), Map.of(), f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown setting 'tempoo'");
  }

  @Test
  void openAiAliasesAreHonouredAndKeysRedacted() {
    Config c = Config.load(Map.of(), Map.of("OPENAI_API_KEY", "sk-abcdefghijklmnop1234"), dir.resolve("none"));
    Resolved<String> key = c.resolved(Settings.API_KEY);
    assertThat(key.origin()).isEqualTo("OPENAI_API_KEY");
    assertThat(key.displayText()).isEqualTo("****1234").doesNotContain("abcdef");
  }

  @Test
  void l2mVariableWinsOverAlias() {
    Config c = Config.load(Map.of(), Map.of("OPENAI_BASE_URL", "http://a", "L2M_BASE_URL", "http://b"), dir.resolve("none"));
    assertThat(c.get(Settings.BASE_URL)).isEqualTo("http://b");
  }

  @Test
  void secretNeverEchoedInErrors() {
    assertThatThrownBy(() -> Config.load(Map.of(), Map.of("L2M_API_KEY", "   "), dir.resolve("none")))
        .isInstanceOf(ConfigException.class)
        .hasMessageNotContaining("   '");
  }

  @Test
  void envNamesAreMechanical() {
    assertThat(Settings.MAX_RETRIES.envVar()).isEqualTo("L2M_MAX_RETRIES");
    assertThat(Settings.OUTPUT_DIR.option()).isEqualTo("--output-dir");
  }

  @Test
  void directoryAsConfigFileIsAClearError() {
    assertThatThrownBy(() -> Config.load(Map.of(), Map.of(), dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is a directory");
  }

  @Test
  void userDirsFollowXdg() {
    Path home = dir.resolve("home");
    UserDirs d = UserDirs.from(Map.of("XDG_CONFIG_HOME", "/x/conf", "XDG_STATE_HOME", "relative/ignored"), home, "Linux");
    assertThat(d.config()).isEqualTo(Path.of("/x/conf/l2m"));
    assertThat(d.logs()).isEqualTo(home.resolve(".local/state/l2m/logs"));
    assertThat(d.cache()).isEqualTo(home.resolve(".cache/l2m"));
    assertThat(d.configFile(Map.of("L2M_CONFIG", "/etc/l2m.properties"))).isEqualTo(Path.of("/etc/l2m.properties"));
    assertThat(UserDirs.from(Map.of("L2M_LOG_DIR", "/var/log/l2m"), home, "Linux").logs()).isEqualTo(Path.of("/var/log/l2m"));
  }
}
