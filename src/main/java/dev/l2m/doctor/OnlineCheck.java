package dev.l2m.doctor;

import dev.l2m.config.Config;
import dev.l2m.config.Settings;
import dev.l2m.llm.BaseUrl;
import dev.l2m.llm.LlmConfigException;
import dev.l2m.llm.Redaction;
import java.io.IOException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * {@code l2m doctor --online}: one {@code GET /models} against the configured endpoint, which
 * proves the URL, the network path and the key without spending tokens.
 */
public final class OnlineCheck {
  private OnlineCheck() {}

  /** Calls the endpoint named by the configuration and reports reachability and latency. */
  public static Check run(Config config) {
    String base = config.get(Settings.BASE_URL);
    HttpUrl url;
    try {
      url = BaseUrl.parse(base, config.resolved(Settings.BASE_URL).origin());
    } catch (LlmConfigException e) {
      return Check.fail("online", "not tried: " + e.getMessage(), "fix the base URL first");
    }
    HttpUrl models = url.newBuilder().addPathSegment("models").build();
    String key = config.get(Settings.API_KEY);
    Request.Builder request = new Request.Builder().url(models).get();
    if (key != null && !key.isEmpty()) {
      request.header("Authorization", "Bearer " + key);
    }
    Duration timeout = Duration.ofSeconds(Math.min(config.get(Settings.TIMEOUT), 30));
    OkHttpClient client =
        new OkHttpClient.Builder()
            .callTimeout(timeout)
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .retryOnConnectionFailure(false)
            .build();
    long start = System.nanoTime();
    try (Response response = client.newCall(request.build()).execute()) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      int code = response.code();
      String where = "GET " + Redaction.redactUrl(models.toString()) + ": HTTP " + code + " in " + ms + " ms";
      if (response.isSuccessful()) {
        return Check.ok("online", where);
      }
      if (code == 401 || code == 403) {
        return Check.fail("online", where + " (the API refused the key)",
            "check L2M_API_KEY: copy a current key from your provider");
      }
      if (code == 404) {
        return Check.fail("online", where + " (no /models here)",
            "check the base URL: it usually ends in /v1");
      }
      return Check.fail("online", where, "the service reported a problem; try again later or check its status page");
    } catch (IOException e) {
      long ms = (System.nanoTime() - start) / 1_000_000;
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return Check.fail("online", "cannot reach " + url.host() + " after " + ms + " ms: " + Redaction.redact(reason, key == null ? "" : key),
          "check your network, proxy or firewall, and the base URL");
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
