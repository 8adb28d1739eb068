package dev.l2m.cli;

import dev.l2m.config.Settings;
import java.util.Map;
import picocli.CommandLine.Option;

/** The language-model options, shared by every command that analyses lyrics. */
public final class LlmOptions {

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "Language model at the API, e.g. gpt-4o-mini or llama3.2 (L2M_MODEL; none = offline).")
  String model;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "OpenAI-compatible API base URL (L2M_BASE_URL, OPENAI_BASE_URL; default: OpenAI)."
          + " https unless the host is localhost, 127.x or [::1].")
  String baseUrl;

  @Option(
      names = "--temperature",
      paramLabel = "T",
      description = "Sampling temperature 0-2 (default: 0.2).")
  String temperature;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Seconds one model call may take (default: 60); all retries together get at"
          + " most twice that, and never less than 120 s.")
  String timeout;

  @Option(
      names = "--max-retries",
      paramLabel = "N",
      description = "Retries after a failed model call, 0-10 (default: 3).")
  String maxRetries;

  @Option(names = "--no-cache", description = "Neither read nor write cached model answers.")
  boolean noCache;

  @Option(
      names = "--no-fallback",
      description = "Stop with exit code 4 (8 for a refused key) instead of composing offline"
          + " when the model cannot be used.")
  boolean noFallback;

  /** Adds the options that were given to a command's flag map (see {@code Config.load}). */
  void addTo(Map<String, String> flags) {
    put(flags, Settings.MODEL.name(), model);
    put(flags, Settings.BASE_URL.name(), baseUrl);
    put(flags, Settings.TEMPERATURE.name(), temperature);
    put(flags, Settings.TIMEOUT.name(), timeout);
    put(flags, Settings.MAX_RETRIES.name(), maxRetries);
    put(flags, Settings.CACHE.name(), noCache ? "false" : null);
    put(flags, Settings.NO_FALLBACK.name(), noFallback ? "true" : null);
  }

  private static void put(Map<String, String> f, String name, String value) {
    if (value != null) {
      f.put(name, value);
    }
  }
}
