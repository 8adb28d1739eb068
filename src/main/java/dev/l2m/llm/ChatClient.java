package dev.l2m.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client for {@code POST {base}/chat/completions} of any OpenAI-compatible server. Retries
 * 408, 409, 429, 5xx and I/O errors with exponential backoff and jitter (honouring {@code
 * Retry-After}), never retries what cannot succeed (400, 401, 403, 404, 422, an exhausted quota),
 * bounds every attempt and all of them together, and stops calling an endpoint that keeps failing
 * (a circuit breaker shared by every call of this client). Thread-safe; share one per endpoint.
 */
public final class ChatClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChatClient.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_ERROR_TEXT = 200;

  private final LlmSettings settings;
  private final HttpUrl endpoint;
  private final HttpUrl baseUrl;
  private final RetryClock clock;
  private final RetryTuning tuning;
  private final OkHttpClient http;
  private final RetryPolicy<Attempt> retryPolicy;
  private final CircuitBreaker<Object> breaker;
  private final ObjectMapper json = new ObjectMapper();

  /** A client with the real clock and the default retry tuning. */
  public ChatClient(LlmSettings settings) {
    this(settings, RetryClock.system(), RetryTuning.DEFAULT);
  }

  /**
   * A client with an injected clock (tests make waits instant and record them).
   *
   * @throws LlmConfigException when the base URL is unusable
   */
  public ChatClient(LlmSettings settings, RetryClock clock, RetryTuning tuning) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tuning = Objects.requireNonNull(tuning, "tuning");
    this.baseUrl = settings.httpBaseUrl();
    this.endpoint = baseUrl.newBuilder().addPathSegments("chat/completions").build();
    this.http =
        new OkHttpClient.Builder()
            // retries are ours: counted, logged and bounded by the deadline
            .retryOnConnectionFailure(false)
            .followRedirects(true)
            // never follow https -> http: the key would leave in clear text
            .followSslRedirects(false)
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.readTimeout())
            .callTimeout(settings.callTimeout())
            .addNetworkInterceptor(
                chain -> {
                  Request r = chain.request();
                  if (!sameOrigin(r.url(), baseUrl) && r.header("Authorization") != null) {
                    LOG.debug("dropping Authorization on redirect to {}", r.url().host());
                    r = r.newBuilder().removeHeader("Authorization").build();
                  }
                  return chain.proceed(r);
                })
            .build();
    RetryPolicyBuilder<Attempt> retry =
        RetryPolicy.<Attempt>builder()
            .handleIf(
                (result, failure) ->
                    failure != null ? failure instanceof IOException : result.retryable())
            .withBackoff(tuning.initialBackoff(), tuning.maxBackoff())
            .withMaxRetries(settings.maxRetries());
    if (tuning.jitter() > 0) {
      retry.withJitter(tuning.jitter());
    }
    this.retryPolicy = retry.build();
    this.breaker =
        CircuitBreaker.builder()
            .withFailureThreshold(tuning.breakerFailures())
            .withSuccessThreshold(1)
            .withDelay(tuning.breakerDelay())
            .build();
  }

  /** The settings this client was built with. */
  public LlmSettings settings() {
    return settings;
  }

  /** True when the circuit breaker currently refuses calls. */
  public boolean circuitOpen() {
    return breaker.isOpen();
  }

  /** A deadline {@code totalTimeout} from now, in this client's clock. */
  public long deadlineFromNow() {
    return clock.nanoTime() + settings.totalTimeout().toNanos();
  }

  /**
   * Sends one chat completion request, retrying as described above.
   *
   * @param requestBody the JSON body ({@code model}, {@code messages}, ...)
   * @param deadlineNanos the {@link RetryClock#nanoTime()} after which no attempt starts or runs
   * @throws LlmUnavailableException (or {@link LlmAuthException}) when no usable reply came
   */
  public ChatCompletion complete(JsonNode requestBody, long deadlineNanos) {
    byte[] payload;
    try {
      payload = json.writeValueAsBytes(requestBody);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("request body cannot be serialised", e);
    }
    Request.Builder rb = new Request.Builder().url(endpoint).post(RequestBody.create(payload, JSON));
    rb.header("Accept", "application/json");
    if (!settings.apiKey().isEmpty()) {
      try {
        rb.header("Authorization", "Bearer " + settings.apiKey());
      } catch (IllegalArgumentException e) {
        // OkHttp's message would quote the header value, that is the key
        throw new LlmConfigException(
            "L2M_API_KEY contains characters that cannot be sent in an HTTP header: check what"
                + " was pasted");
      }
    }
    Request request = rb.build();
    Execution<Attempt> execution = Execution.of(retryPolicy);
    int attempt = 0;
    while (true) {
      attempt++;
      long left = deadlineNanos - clock.nanoTime();
      if (left <= 0) {
        throw new LlmUnavailableException(FailureKind.TIMEOUT,
            "the LLM server gave no usable answer within " + seconds(settings.totalTimeout())
                + " (attempt " + attempt + "); raise --timeout or try later");
      }
      if (!breaker.tryAcquirePermit()) {
        throw new LlmUnavailableException(FailureKind.CIRCUIT_OPEN,
            "the LLM server at " + baseUrl.host() + " failed repeatedly; l2m pauses calls to it"
                + " for " + seconds(breaker.getRemainingDelay()));
      }
      LOG.debug("POST {} attempt {} (Authorization: {})", endpoint, attempt,
          settings.apiKey().isEmpty() ? "none" : "Bearer " + Redaction.MASK);
      Attempt result = null;
      IOException failure = null;
      try {
        result = send(request, Duration.ofNanos(left));
      } catch (InterruptedIOException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw new LlmUnavailableException(FailureKind.INTERRUPTED, "the LLM call was interrupted", e);
        }
        failure = e;
      } catch (IOException e) {
        failure = e;
      } catch (LlmUnavailableException e) {
        breaker.recordSuccess(); // the endpoint answered; what it said is the problem
        throw e;
      }
      if (result != null && result.successful()) {
        breaker.recordSuccess();
        return parseCompletion(result, attempt);
      }
      if (result != null && !result.retryable()) {
        breaker.recordSuccess();
        throw nonRetryable(result);
      }
      breaker.recordFailure();
      execution.record(result, failure);
      String why = failure != null ? describe(failure) : "HTTP " + result.status();
      if (execution.isComplete()) {
        throw exhausted(result, failure, attempt);
      }
      Duration wait = execution.getDelay();
      if (result != null) {
        Optional<Duration> asked = RetryAfter.parse(result.headers(), clock.now());
        if (asked.isPresent()) {
          wait = asked.get().compareTo(tuning.retryAfterCap()) > 0 ? tuning.retryAfterCap()
              : asked.get();
        }
      }
      long leftAfterWait = deadlineNanos - clock.nanoTime() - wait.toNanos();
      if (leftAfterWait <= 0) {
        throw new LlmUnavailableException(failure != null ? FailureKind.TIMEOUT : kindOf(result),
            "the LLM server failed (" + why + ") and waiting " + seconds(wait)
                + " more would exceed the " + seconds(settings.totalTimeout()) + " allowed",
            result == null ? 0 : result.status(), failure);
      }
      LOG.info("LLM call attempt {} failed ({}); retrying in {} ms", attempt, why, wait.toMillis());
      try {
        clock.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LlmUnavailableException(FailureKind.INTERRUPTED, "the LLM call was interrupted", e);
      }
    }
  }

  private Attempt send(Request request, Duration left) throws IOException {
    Duration perCall = left.compareTo(settings.callTimeout()) < 0 ? left : settings.callTimeout();
    OkHttpClient client =
        http.newBuilder().callTimeout(Math.max(1, perCall.toMillis()), TimeUnit.MILLISECONDS).build();
    try (Response response = client.newCall(request).execute()) {
      String body = readLimited(response.body());
      return new Attempt(response.code(), response.headers(), body);
    }
  }

  private String readLimited(ResponseBody body) throws IOException {
    long limit = settings.maxResponseBytes();
    if (body.contentLength() > limit) {
      throw tooLarge();
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, 8192) != -1) {
      if (buffer.size() > limit) {
        throw tooLarge();
      }
    }
    return buffer.readString(StandardCharsets.UTF_8);
  }

  private LlmUnavailableException tooLarge() {
    return new LlmUnavailableException(FailureKind.BAD_RESPONSE,
        "the LLM server's reply is larger than " + settings.maxResponseBytes() / 1024
            + " KiB; l2m refuses it (check --base-url)");
  }

  private ChatCompletion parseCompletion(Attempt result, int attempts) {
    JsonNode root;
    try {
      root = json.readTree(result.body());
    } catch (JsonProcessingException e) {
      throw badResponse(result, "is not JSON");
    }
    if (root == null || !root.isObject()) {
      throw badResponse(result, "is not a JSON object");
    }
    JsonNode choices = root.path("choices");
    if (!choices.isArray() || choices.isEmpty()) {
      throw badResponse(result, "has no choices");
    }
    JsonNode choice = choices.get(0);
    JsonNode content = choice.path("message").path("content");
    String finish = choice.path("finish_reason").asText("");
    if (!content.isTextual() || content.asText().isBlank()) {
      String refusal = choice.path("message").path("refusal").asText("");
      throw new LlmUnavailableException(FailureKind.BAD_RESPONSE,
          "the model returned no text" + (refusal.isBlank() ? "" : " (refusal: "
              + clip(Redaction.redact(refusal, settings.apiKey())) + ")")
              + (finish.isEmpty() ? "" : " (finish_reason " + finish + ")"));
    }
    return new ChatCompletion(content.asText(), finish, attempts);
  }

  private LlmUnavailableException badResponse(Attempt result, String what) {
    return new LlmUnavailableException(FailureKind.BAD_RESPONSE,
        "the reply from " + baseUrl.host() + " " + what + " (" + looksLike(result.body())
            + "): is --base-url an OpenAI-compatible API?");
  }

  private LlmUnavailableException nonRetryable(Attempt result) {
    int s = result.status();
    String detail = serverMessage(result);
    if (s == 401 || s == 403) {
      return new LlmAuthException("the LLM server at " + baseUrl.host() + " refused the API key"
          + " (HTTP " + s + detail + "): check L2M_API_KEY", s);
    }
    if (s == 429) {
      return new LlmUnavailableException(FailureKind.QUOTA, "the LLM account has no quota left"
          + " (HTTP 429" + detail + "): check your plan and billing, or use --offline", s, null);
    }
    if (s == 404) {
      return new LlmUnavailableException(FailureKind.REJECTED, "the LLM server answered 404 Not"
          + " Found" + detail + ": check --model '" + settings.model() + "' and --base-url", s, null);
    }
    return new LlmUnavailableException(FailureKind.REJECTED,
        "the LLM server refused the request (HTTP " + s + detail + ")", s, null);
  }

  private LlmUnavailableException exhausted(Attempt result, IOException failure, int attempts) {
    if (failure != null) {
      boolean timeout = failure instanceof SocketTimeoutException
          || failure instanceof InterruptedIOException;
      return new LlmUnavailableException(timeout ? FailureKind.TIMEOUT : FailureKind.NETWORK,
          "the LLM server at " + baseUrl.host() + " could not be reached after " + attempts
              + " attempt" + (attempts == 1 ? "" : "s") + " (" + describe(failure) + ")",
          failure);
    }
    return new LlmUnavailableException(kindOf(result),
        "the LLM server kept failing after " + attempts + " attempt" + (attempts == 1 ? "" : "s")
            + " (HTTP " + result.status() + serverMessage(result) + ")",
        result.status(), null);
  }

  private static FailureKind kindOf(Attempt result) {
    return result != null && (result.status() == 429 || result.status() == 408)
        ? FailureKind.RATE_LIMITED : FailureKind.SERVER_ERROR;
  }

  private String serverMessage(Attempt result) {
    String message = "";
    try {
      JsonNode root = json.readTree(result.body());
      if (root != null) {
        JsonNode err = root.path("error");
        message = err.isTextual() ? err.asText() : err.path("message").asText("");
      }
    } catch (JsonProcessingException e) {
      message = "";
    }
    if (message.isBlank()) {
      String lk = looksLike(result.body());
      return lk.equals("empty") ? "" : ", " + lk;
    }
    return ": " + clip(Redaction.redact(message, settings.apiKey()));
  }

  private static String looksLike(String body) {
    String t = body.strip();
    if (t.isEmpty()) {
      return "empty";
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
      return "an HTML page";
    }
    return "starting '" + clip(t.replaceAll("\\s+", " ")) + "'";
  }

  private static String clip(String s) {
    return s.length() <= MAX_ERROR_TEXT ? s : s.substring(0, MAX_ERROR_TEXT) + "…";
  }

  private String describe(IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Redaction.redact(m, settings.apiKey());
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** One HTTP exchange, reduced to what the retry decision needs. */
  private record Attempt(int status, okhttp3.Headers headers, String body) {
    boolean successful() {
      return status >= 200 && status < 300;
    }

    boolean retryable() {
      if (status == 429) {
        return !body.contains("insufficient_quota");
      }
      return status == 408 || status == 409 || status >= 500;
    }
  }
}
