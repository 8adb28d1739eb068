package dev.l2m.cli;

import dev.l2m.config.Settings;
import java.util.Map;
import picocli.CommandLine.Option;

/** The language-model options, shared by every command that analyses lyrics. */
public final class LlmOptions {

  @Option(
      order = 101,
      names = "--model",
      paramLabel = "NAME",
      description = "Language model at the API, e.g. gpt-4o-mini or llama3.2 (L2M_MODEL; none = offline).")
  String model;

  @Option(
      order = 102,
      names = "--base-url",
      paramLabel = "URL",
      description = "OpenAI-compatible API base URL (L2M_BASE_URL, OPENAI_BASE_URL; default: OpenAI)."
          + " https unless the host is localhost, 127.x or [::1].")
  String baseUrl;

  @Option(
      order = 103,
      names = "--temperature",
      paramLabel = "T",
      description = "Sampling temperature 0-2 (default: 0.2).")
  String temperature;

  @Option(
      order = 104,
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Seconds one model call may take (default: 60); all retries together get at"
          + " most twice that, and never less than 120 s.")
  String timeout;

  @Option(
      order = 105,
      names = "--max-retries",
      paramLabel = "N",
      description = "Retries after a failed model call, 0-10 (default: 3).")
  String maxRetries;

  @Option(
      order = 106,names = "--no-cache", description = "Neither read nor write cached model answers.")
  boolean noCache;

  @Option(
      order = 107,
      names = "--no-fallback",
      description = "Stop with exit code 4 (8 for a refused key) instead of composing offline"
          + " when the model cannot be used.")
  boolean noFallback;

  /** Adds the options that were given to a command's flag map (see {@code Config.load}). */
  void addTo(Map<String, String> flags) {
    SettingChecks.putFlag(flags, Settings.MODEL, model);
    SettingChecks.putFlag(flags, Settings.BASE_URL, baseUrl);
    SettingChecks.putFlag(flags, Settings.TEMPERATURE, temperature);
    SettingChecks.putFlag(flags, Settings.TIMEOUT, timeout);
    SettingChecks.putFlag(flags, Settings.MAX_RETRIES, maxRetries);
    SettingChecks.putFlag(flags, Settings.CACHE, noCache ? "false" : null);
    SettingChecks.putFlag(flags, Settings.NO_FALLBACK, noFallback ? "true" : null);
  }

}
