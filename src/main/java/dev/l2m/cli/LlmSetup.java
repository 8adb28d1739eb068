package dev.l2m.cli;

import dev.l2m.analysis.Analyzer;
import dev.l2m.config.Config;
import dev.l2m.config.ConfigException;
import dev.l2m.config.Settings;
import dev.l2m.config.UserDirs;
import dev.l2m.llm.LlmAnalyzer;
import dev.l2m.llm.LlmAuthException;
import dev.l2m.llm.LlmConfigException;
import dev.l2m.llm.LlmOutcome;
import dev.l2m.llm.LlmSettings;
import dev.l2m.llm.LlmUnavailableException;
import dev.l2m.analysis.EmotionMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Turns the effective configuration into the analyser a command uses: the offline one, or the
 * language model with the offline one as its fallback. Failures become the documented exit codes.
 */
final class LlmSetup {
  private LlmSetup() {}

  /** The directory of the LLM answer cache. */
  static Path cacheDir(UserDirs dirs) {
    return dirs.cache().resolve("llm");
  }

  /** LLM settings from the configuration (flag > env > file > default). */
  static LlmSettings settings(Config config, UserDirs dirs) {
    Integer seconds = config.get(Settings.TIMEOUT);
    Duration perCall = Duration.ofSeconds(seconds == null ? 60 : seconds);
    Duration total = perCall.multipliedBy(2);
    if (total.compareTo(Duration.ofSeconds(120)) < 0) {
      total = Duration.ofSeconds(120);
    }
    String model = config.get(Settings.MODEL);
    String key = config.get(Settings.API_KEY);
    return LlmSettings.builder()
        .baseUrl(config.get(Settings.BASE_URL))
        .model(model == null ? "" : model)
        .apiKey(key == null ? "" : key)
        .temperature(config.get(Settings.TEMPERATURE))
        .timeout(perCall)
        .totalTimeout(total)
        .maxRetries(config.get(Settings.MAX_RETRIES))
        .cacheEnabled(config.get(Settings.CACHE))
        .cacheDir(cacheDir(dirs))
        .noFallback(config.get(Settings.NO_FALLBACK))
        .build();
  }

  /**
   * The language model when one is configured and not switched off, else empty.
   *
   * @throws ConfigException when an LLM setting is unusable (exit code 3)
   */
  static Optional<LlmAnalyzer> llm(Config config, UserDirs dirs, EmotionMap map, Console console) {
    if (Boolean.TRUE.equals(config.get(Settings.OFFLINE)) || config.get(Settings.MODEL) == null) {
      return Optional.empty();
    }
    try {
      LlmAnalyzer llm = new LlmAnalyzer(settings(config, dirs), map);
      llm.warnings().forEach(console::warn);
      return Optional.of(llm);
    } catch (LlmConfigException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  /**
   * An analyser that asks the model and falls back to {@code offline} with a one-line warning,
   * or stops with exit code 4 (8 for a refused key) under {@code --no-fallback}.
   */
  static Analyzer withFallback(LlmAnalyzer llm, Analyzer offline, Console console) {
    return lyrics -> {
      try {
        LlmOutcome outcome = llm.analyzeOrFallback(lyrics, offline);
        outcome.warning().ifPresent(console::warn);
        return outcome.analysis();
      } catch (LlmConfigException e) {
        throw new ConfigException(e.getMessage(), e);
      } catch (LlmAuthException e) {
        throw new L2mException(ExitCode.LLM_AUTH, e.getMessage(), e);
      } catch (LlmUnavailableException e) {
        throw new L2mException(ExitCode.LLM_UNAVAILABLE,
            e.getMessage() + " (--no-fallback is set, so l2m stops here)", e);
      }
    };
  }
}
