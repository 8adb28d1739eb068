package dev.l2m.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.l2m.config.Config;
import dev.l2m.config.Resolved;
import dev.l2m.config.SettingSource;
import dev.l2m.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {
  @TempDir Path tmp;

  private Path configFile() {
    return tmp.resolve("xdg/config/l2m/config.properties");
  }

  @Test
  void showNamesTheSourceOfEachValue() throws IOException {
    Files.createDirectories(configFile().getParent());
    Files.writeString(configFile(), "tempo=100\nvoice=alto\n");
    CliRunner.Result r =
        new CliRunner(tmp).env("L2M_VOICE", "tenor").run("config", "show", "--set", "key=D");
    assertThat(r.exitCode()).as("%s", r).isZero();
    assertThat(r.out())
        .containsPattern("(?m)^key +D +flag \\(--key\\)$")
        .containsPattern("(?m)^voice +tenor +env \\(L2M_VOICE\\)$")
        .containsPattern("(?m)^tempo +100 +file \\(tempo in .*config.properties\\)$")
        .containsPattern("(?m)^chords +true +default$")
        .containsPattern("(?m)^api-key +\\(unset\\) +default$");
  }

  @Test
  void showRedactsKeysInTextAndJson() throws IOException {
    String key = "sk-proj-abcdefghijklmnop9876";
    CliRunner cli = new CliRunner(tmp).env("OPENAI_API_KEY", key);
    CliRunner.Result text = cli.run("config", "show");
    assertThat(text.out()).doesNotContain(key).containsPattern("api-key +\\*\\*\\*\\*9876 +env \\(OPENAI_API_KEY\\)");
    CliRunner.Result json = cli.run("config", "show", "--json");
    assertThat(json.out()).doesNotContain(key);
    JsonNode root = new ObjectMapper().readTree(json.out());
    assertThat(root.get("fileExists").asBoolean()).isFalse();
    assertThat(root.get("settings")).hasSize(Settings.ALL.size()).anySatisfy(s -> {
      assertThat(s.get("name").asText()).isEqualTo("api-key");
      assertThat(s.get("value").asText()).isEqualTo("****9876");
      assertThat(s.get("source").asText()).isEqualTo("env");
      assertThat(s.get("secret").asBoolean()).isTrue();
    });
  }

  @Test
  void showFailsOnABadValueWithConfigExitCode() {
    CliRunner.Result r = new CliRunner(tmp).env("L2M_TEMPO", "fast").run("config", "show");
    assertThat(r.exitCode()).isEqualTo(ExitCode.CONFIG);
    assertThat(r.err()).contains("L2M_TEMPO");
  }

  @Test
  void showRejectsAnUnknownSetting() {
    CliRunner.Result r = new CliRunner(tmp).run("config", "show", "--set", "tempoo=3");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("tempoo");
  }

  @Test
  void pathPrintsTheFileOnStdoutAndDirsOnStderr() {
    CliRunner.Result r = new CliRunner(tmp).run("config", "path");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(configFile() + "\n");
    assertThat(r.err()).contains("logs:").contains("cache:").contains("config init");
    CliRunner.Result custom = new CliRunner(tmp).env("L2M_CONFIG", tmp.resolve("my.properties").toString()).run("config", "path");
    assertThat(custom.out().strip()).isEqualTo(tmp.resolve("my.properties").toString());
  }

  @Test
  void initWritesACommentedFileThatChangesNothingAndNeverOverwrites() throws IOException {
    CliRunner cli = new CliRunner(tmp);
    CliRunner.Result r = cli.run("config", "init");
    assertThat(r.exitCode()).as("%s", r).isZero();
    String text = Files.readString(configFile());
    for (var s : Settings.ALL) {
      assertThat(text).contains("#" + s.name() + "=").contains(s.description()).contains(s.envVar());
    }
    Config loaded = Config.load(Map.of(), Map.of(), configFile());
    assertThat(loaded.fileExists()).isTrue();
    assertThat(loaded.all()).extracting(Resolved::source).containsOnly(SettingSource.DEFAULT);

    Files.writeString(configFile(), "tempo=90\n");
    CliRunner.Result again = cli.run("config", "init");
    assertThat(again.exitCode()).isEqualTo(ExitCode.OUTPUT_EXISTS);
    assertThat(again.err()).contains("already exists");
    assertThat(Files.readString(configFile())).isEqualTo("tempo=90\n");
    try (var files = Files.list(configFile().getParent())) {
      assertThat(files).as("no temp file left").hasSize(1);
    }
  }

  @Test
  void configWithoutSubcommandIsAUsageError() {
    assertThat(new CliRunner(tmp).run("config").exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
