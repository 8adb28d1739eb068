import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.llm.ChatClient;
import dev.l2m.llm.LlmAnalyzer;
import dev.l2m.llm.LlmSettings;
import dev.l2m.lyrics.Lyrics;
import dev.l2m.lyrics.LyricsParser;
import dev.l2m.lyrics.RuleSyllabifier;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.LoggerFactory;

/**
 * Benchmark of the LLM client (issue #5): per-call overhead against a zero-latency local server,
 * and requests/s for a batch of lyrics at 1, 4 and 16 concurrent calls against a server with
 * 200 ms latency. Run with bench/llm-bench.sh.
 */
public class LlmBench {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ANSWER = "{\"emotion\":\"hopeful\",\"valence\":0.3,\"arousal\":0.5,"
      + "\"confidence\":0.8,\"emphasis\":[\"light\"],\"key\":\"D major\",\"tempo\":96,"
      + "\"meter\":\"4/4\",\"stanzas\":[{\"stanza\":1,\"emotion\":\"hopeful\",\"intensity\":0.6}]}";

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("ROOT"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 48;
    String completion = completion(ANSWER);
    EmotionMap emotions = EmotionMap.bundled();
    LyricsParser parser = new LyricsParser(new RuleSyllabifier());

    System.out.println("== per-call overhead, zero-latency MockWebServer, " + calls + " sequential calls");
    try (MockWebServer server = server(completion, 0)) {
      LlmSettings settings = settings(server);
      OkHttpClient raw = new OkHttpClient();
      byte[] payload = JSON.writeValueAsBytes(body());
      Request rawRequest = new Request.Builder().url(server.url("/v1/chat/completions"))
          .post(RequestBody.create(payload, MediaType.get("application/json"))).build();
      Runnable rawCall = () -> {
        try (Response r = raw.newCall(rawRequest).execute()) {
          r.body().string();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
      ChatClient client = new ChatClient(settings);
      Runnable clientCall = () -> client.complete(body(), client.deadlineFromNow());
      LlmAnalyzer analyzer = new LlmAnalyzer(client, emotions, null);
      Lyrics lyrics = parser.parse("Morning comes and lights the sky\nI will learn again to fly");
      Runnable analyzerCall = () -> analyzer.analyze(lyrics);
      long[] rawCpu = new long[calls];
      long[] clientCpu = new long[calls];
      long[] analyzerCpu = new long[calls];
      long[] rawNs = time(rawCall, calls, rawCpu);
      report("raw OkHttp POST (baseline)", rawNs, rawCpu);
      long[] clientNs = time(clientCall, calls, clientCpu);
      report("ChatClient.complete", clientNs, clientCpu);
      long[] analyzerNs = time(analyzerCall, calls, analyzerCpu);
      report("LlmAnalyzer.analyze (prompt+call+validation)", analyzerNs, analyzerCpu);
      System.out.printf(Locale.ROOT, "overhead over raw OkHttp, median wall: client %.0f µs,"
          + " analyser %.0f µs; median caller CPU: client %.0f µs, analyser %.0f µs%n",
          (median(clientNs) - median(rawNs)) / 1e3, (median(analyzerNs) - median(rawNs)) / 1e3,
          (median(clientCpu) - median(rawCpu)) / 1e3, (median(analyzerCpu) - median(rawCpu)) / 1e3);
      raw.dispatcher().executorService().shutdown();
      raw.connectionPool().evictAll();
      client.close();
    }

    System.out.println("== batch of " + batch + " lyrics, server latency 200 ms");
    for (int concurrency : new int[] {1, 4, 16}) {
      try (MockWebServer server = server(completion, 200)) {
        LlmSettings settings = settings(server);
        try (LlmAnalyzer analyzer = new LlmAnalyzer(new ChatClient(settings), emotions, null)) {
          List<Lyrics> inputs = new ArrayList<>();
          for (int i = 0; i < batch; i++) {
            inputs.add(parser.parse("Song number " + i + " lights the sky\nI will learn again to fly"));
          }
          ExecutorService pool = Executors.newFixedThreadPool(concurrency);
          long start = System.nanoTime();
          List<Future<?>> done = new ArrayList<>();
          for (Lyrics l : inputs) {
            done.add(pool.submit(() -> analyzer.analyze(l)));
          }
          for (Future<?> f : done) {
            f.get();
          }
          double seconds = (System.nanoTime() - start) / 1e9;
          pool.shutdown();
          pool.awaitTermination(10, TimeUnit.SECONDS);
          System.out.printf(Locale.ROOT, "concurrency %2d: %d requests in %.2f s = %.1f requests/s"
              + " (ideal %.1f)%n", concurrency, server.getRequestCount(), seconds,
              server.getRequestCount() / seconds, concurrency / 0.2);
        }
      }
    }
  }

  static LlmSettings settings(MockWebServer server) throws Exception {
    return LlmSettings.builder().baseUrl(server.url("/v1").toString()).model("bench")
        .apiKey("sk-bench-0123456789abcdef").cacheEnabled(false)
        .cacheDir(Files.createTempDirectory("l2m-bench")).build();
  }

  static MockWebServer server(String completion, long latencyMs) throws Exception {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
            .headersDelay(latencyMs, TimeUnit.MILLISECONDS).body(completion).build();
      }
    });
    server.start();
    return server;
  }

  static ObjectNode body() {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", "bench");
    body.putArray("messages").addObject().put("role", "user").put("content", "hi");
    return body;
  }

  static String completion(String content) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode choice = root.putArray("choices").addObject();
    choice.putObject("message").put("role", "assistant").put("content", content);
    choice.put("finish_reason", "stop");
    return root.toString();
  }

  static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** Wall time per call, sorted; the calling thread's CPU time per call goes to {@code cpu}. */
  static long[] time(Runnable call, int n, long[] cpu) {
    for (int i = 0; i < Math.max(300, n / 2); i++) {
      call.run();
    }
    long[] ns = new long[n];
    for (int i = 0; i < n; i++) {
      long c = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      call.run();
      ns[i] = System.nanoTime() - t;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
    }
    Arrays.sort(ns);
    Arrays.sort(cpu);
    return ns;
  }

  static double median(long[] sorted) {
    return sorted[sorted.length / 2];
  }

  static void report(String what, long[] sorted, long[] cpu) {
    System.out.printf(Locale.ROOT, "%-46s wall median %7.0f µs  p95 %7.0f µs | caller CPU median"
        + " %5.0f µs%n", what, median(sorted) / 1e3, sorted[(int) (sorted.length * 0.95)] / 1e3,
        median(cpu) / 1e3);
  }
}
