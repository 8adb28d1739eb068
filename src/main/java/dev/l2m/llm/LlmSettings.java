package dev.l2m.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Everything the LLM client needs. The API key is never part of {@link #toString()}.
 *
 * @param baseUrl the API's base URL, for example {@code https://api.openai.com/v1}
 * @param model the model name; blank means no model is configured (offline analysis)
 * @param apiKey the key sent as a bearer token, or empty (allowed for loopback servers)
 * @param temperature sampling temperature 0..2
 * @param connectTimeout time to open a connection
 * @param readTimeout longest silence while reading a reply
 * @param callTimeout whole-call deadline of one attempt
 * @param totalTimeout bound on all attempts, waits and the repair round together
 * @param maxRetries retries after the first attempt (0 = try once)
 * @param cacheEnabled whether answers are cached
 * @param cacheDir where cached answers are stored on disk
 * @param cacheTtl how long a cached answer stays valid
 * @param cacheMaxBytes size cap of the disk cache
 * @param maxResponseBytes replies larger than this are refused
 * @param noFallback fail instead of falling back to the offline analysis
 */
public record LlmSettings(
    String baseUrl,
    String model,
    String apiKey,
    double temperature,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    Duration totalTimeout,
    int maxRetries,
    boolean cacheEnabled,
    Path cacheDir,
    Duration cacheTtl,
    long cacheMaxBytes,
    long maxResponseBytes,
    boolean noFallback) {

  /** OpenAI's API, used when no base URL is configured. */
  public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

  public LlmSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    model = model == null ? "" : model.trim();
    apiKey = apiKey == null ? "" : apiKey;
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    Objects.requireNonNull(cacheDir, "cacheDir");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
  }

  /** Defaults: OpenAI, no model, temperature 0.2, 45 s per attempt, 120 s in all, 3 retries. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Settings from the environment: {@code L2M_MODEL}, {@code L2M_BASE_URL} (else {@code
   * OPENAI_BASE_URL}), {@code L2M_API_KEY} (else {@code OPENAI_API_KEY}), {@code
   * L2M_TEMPERATURE}, {@code L2M_TIMEOUT}, {@code L2M_CONNECT_TIMEOUT}, {@code
   * L2M_TOTAL_TIMEOUT} (seconds), {@code L2M_MAX_RETRIES}, {@code L2M_NO_CACHE}, {@code
   * L2M_CACHE_DIR}, {@code L2M_NO_FALLBACK}. The cache lives in {@code $XDG_CACHE_HOME/l2m/llm}
   * (else {@code ~/.cache/l2m/llm}).
   *
   * @throws LlmConfigException naming the variable whose value is unusable
   */
  public static LlmSettings fromEnvironment(Map<String, String> env) {
    Builder b = builder().cacheDir(defaultCacheDir(env));
    String base = firstNonBlank(env.get("L2M_BASE_URL"), env.get("OPENAI_BASE_URL"));
    if (base != null) {
      b.baseUrl(base);
    }
    String key = firstNonBlank(env.get("L2M_API_KEY"), env.get("OPENAI_API_KEY"));
    if (key != null) {
      b.apiKey(key);
    }
    String model = env.get("L2M_MODEL");
    if (model != null && !model.isBlank()) {
      b.model(model);
    }
    String t = env.get("L2M_TEMPERATURE");
    if (t != null && !t.isBlank()) {
      b.temperature(parseDouble("L2M_TEMPERATURE", t));
    }
    seconds(env, "L2M_TIMEOUT").ifPresentSeconds(b::timeout);
    seconds(env, "L2M_CONNECT_TIMEOUT").ifPresentSeconds(b::connectTimeout);
    seconds(env, "L2M_TOTAL_TIMEOUT").ifPresentSeconds(b::totalTimeout);
    String r = env.get("L2M_MAX_RETRIES");
    if (r != null && !r.isBlank()) {
      b.maxRetries(parseInt("L2M_MAX_RETRIES", r));
    }
    if (isTrue(env.get("L2M_NO_CACHE"))) {
      b.cacheEnabled(false);
    }
    String dir = env.get("L2M_CACHE_DIR");
    if (dir != null && !dir.isBlank()) {
      b.cacheDir(Path.of(dir));
    }
    if (isTrue(env.get("L2M_NO_FALLBACK"))) {
      b.noFallback(true);
    }
    return b.build();
  }

  /** {@code $XDG_CACHE_HOME/l2m/llm}, else {@code ~/.cache/l2m/llm}. */
  public static Path defaultCacheDir(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "l2m", "llm");
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".cache", "l2m", "llm");
  }

  /** True when a model is configured, that is when the LLM should be asked at all. */
  public boolean isConfigured() {
    return !model.isBlank();
  }

  /**
   * Checks every setting.
   *
   * @return warnings for the user (for example a malformed-looking key); empty when all is well
   * @throws LlmConfigException naming the first unusable setting
   */
  public List<String> validate() {
    HttpUrl url = BaseUrl.parse(baseUrl, "the base URL (--base-url / L2M_BASE_URL)");
    if (model.isBlank()) {
      throw new LlmConfigException("no model is configured: set --model or L2M_MODEL (for example"
          + " gpt-4o-mini, or llama3.2 for Ollama), or use --offline");
    }
    if (!(temperature >= 0 && temperature <= 2)) {
      throw new LlmConfigException("--temperature / L2M_TEMPERATURE must be between 0 and 2");
    }
    if (maxRetries < 0 || maxRetries > 10) {
      throw new LlmConfigException("--max-retries / L2M_MAX_RETRIES must be between 0 and 10");
    }
    for (Duration d : List.of(connectTimeout, readTimeout, callTimeout, totalTimeout)) {
      if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofMinutes(30)) > 0) {
        throw new LlmConfigException(
            "--timeout / L2M_TIMEOUT (and L2M_CONNECT_TIMEOUT, L2M_TOTAL_TIMEOUT) must be between"
                + " 1 second and 30 minutes");
      }
    }
    List<String> warnings = new ArrayList<>();
    if (apiKey.isEmpty() && !BaseUrl.isLoopback(url.host())) {
      throw new LlmConfigException("no API key for " + url.host() + ": set L2M_API_KEY (or"
          + " OPENAI_API_KEY), or use --offline");
    }
    Redaction.malformedKeyWarning(apiKey).ifPresent(warnings::add);
    return List.copyOf(warnings);
  }

  /** The validated base URL. */
  public HttpUrl httpBaseUrl() {
    return BaseUrl.parse(baseUrl, "the base URL (--base-url / L2M_BASE_URL)");
  }

  /** A builder holding these settings, to override some of them (command-line flags). */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.model = model;
    b.apiKey = apiKey;
    b.temperature = temperature;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.totalTimeout = totalTimeout;
    b.maxRetries = maxRetries;
    b.cacheEnabled = cacheEnabled;
    b.cacheDir = cacheDir;
    b.cacheTtl = cacheTtl;
    b.cacheMaxBytes = cacheMaxBytes;
    b.maxResponseBytes = maxResponseBytes;
    b.noFallback = noFallback;
    return b;
  }

  @Override
  public String toString() {
    return "LlmSettings[baseUrl=" + Redaction.redactUrl(baseUrl) + ", model=" + model
        + ", apiKey=" + Redaction.describeKey(apiKey) + ", temperature=" + temperature
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", callTimeout=" + callTimeout + ", totalTimeout=" + totalTimeout
        + ", maxRetries=" + maxRetries + ", cacheEnabled=" + cacheEnabled
        + ", cacheDir=" + cacheDir + ", cacheTtl=" + cacheTtl + ", cacheMaxBytes=" + cacheMaxBytes
        + ", maxResponseBytes=" + maxResponseBytes + ", noFallback=" + noFallback + "]";
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    return b != null && !b.isBlank() ? b : null;
  }

  private static boolean isTrue(String v) {
    return v != null && List.of("1", "true", "yes", "on").contains(v.trim().toLowerCase(Locale.ROOT));
  }

  private static double parseDouble(String name, String v) {
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new LlmConfigException(name + " must be a number, not '" + v + "'", e);
    }
  }

  private static int parseInt(String name, String v) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new LlmConfigException(name + " must be a whole number, not '" + v + "'", e);
    }
  }

  private static OptionalSeconds seconds(Map<String, String> env, String name) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return new OptionalSeconds(null);
    }
    double s = parseDouble(name, v);
    if (!(s > 0) || s > 1800) {
      throw new LlmConfigException(name + " must be a number of seconds from 1 to 1800");
    }
    return new OptionalSeconds(Duration.ofMillis(Math.round(s * 1000)));
  }

  private record OptionalSeconds(Duration value) {
    void ifPresentSeconds(java.util.function.Consumer<Duration> c) {
      if (value != null) {
        c.accept(value);
      }
    }
  }

  /** Mutable builder; {@link #build()} does not validate (see {@link LlmSettings#validate()}). */
  public static final class Builder {
    private String baseUrl = DEFAULT_BASE_URL;
    private String model = "";
    private String apiKey = "";
    private double temperature = 0.2;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(45);
    private Duration callTimeout = Duration.ofSeconds(45);
    private Duration totalTimeout = Duration.ofSeconds(120);
    private int maxRetries = 3;
    private boolean cacheEnabled = true;
    private Path cacheDir = defaultCacheDir(System.getenv());
    private Duration cacheTtl = Duration.ofDays(7);
    private long cacheMaxBytes = 20L << 20;
    private long maxResponseBytes = 2L << 20;
    private boolean noFallback;

    private Builder() {}

    public Builder baseUrl(String v) {
      baseUrl = v;
      return this;
    }

    public Builder model(String v) {
      model = v;
      return this;
    }

    public Builder apiKey(String v) {
      apiKey = v;
      return this;
    }

    public Builder temperature(double v) {
      temperature = v;
      return this;
    }

    /** {@code --timeout}: the per-attempt call deadline and the read timeout. */
    public Builder timeout(Duration v) {
      callTimeout = v;
      readTimeout = v;
      return this;
    }

    public Builder connectTimeout(Duration v) {
      connectTimeout = v;
      return this;
    }

    public Builder readTimeout(Duration v) {
      readTimeout = v;
      return this;
    }

    public Builder callTimeout(Duration v) {
      callTimeout = v;
      return this;
    }

    public Builder totalTimeout(Duration v) {
      totalTimeout = v;
      return this;
    }

    public Builder maxRetries(int v) {
      maxRetries = v;
      return this;
    }

    public Builder cacheEnabled(boolean v) {
      cacheEnabled = v;
      return this;
    }

    public Builder cacheDir(Path v) {
      cacheDir = v;
      return this;
    }

    public Builder cacheTtl(Duration v) {
      cacheTtl = v;
      return this;
    }

    public Builder cacheMaxBytes(long v) {
      cacheMaxBytes = v;
      return this;
    }

    public Builder maxResponseBytes(long v) {
      maxResponseBytes = v;
      return this;
    }

    public Builder noFallback(boolean v) {
      noFallback = v;
      return this;
    }

    public LlmSettings build() {
      return new LlmSettings(baseUrl, model, apiKey, temperature, connectTimeout, readTimeout,
          callTimeout, totalTimeout, maxRetries, cacheEnabled, cacheDir, cacheTtl, cacheMaxBytes,
          maxResponseBytes, noFallback);
    }
  }
}
