package dev.l2m.llm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.l2m.analysis.Analysis;
import dev.l2m.analysis.AnalysisSource;
import dev.l2m.analysis.Analyzer;
import dev.l2m.analysis.EmotionMap;
import dev.l2m.lyrics.Lyrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses lyrics with a language model over an OpenAI-compatible API. The model's answer is
 * data: it is validated (schema, vocabulary, ranges, truncation), given one repair round that
 * feeds the validation error back, and cached only once valid. Thread-safe.
 */
public final class LlmAnalyzer implements Analyzer, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LlmAnalyzer.class);

  /** How the answer's JSON is requested; servers that refuse one get the next. */
  enum OutputFormat {
    JSON_SCHEMA,
    JSON_OBJECT,
    PLAIN_TEXT
  }

  /**
   * A validated answer and where it came from.
   *
   * @param answer the validated answer
   * @param fromCache true when no request was made
   */
  public record Result(LlmAnswer answer, boolean fromCache) {}

  private final ChatClient client;
  private final AnalysisPrompt prompt;
  private final AnswerValidator validator;
  private final ResponseCache cache;
  private final List<String> warnings;
  private final AtomicReference<OutputFormat> format = new AtomicReference<>(OutputFormat.JSON_SCHEMA);

  /**
   * An analyser for validated settings, with the disk cache when the settings enable it.
   *
   * @throws LlmConfigException when a setting is unusable
   */
  public LlmAnalyzer(LlmSettings settings, EmotionMap emotions) {
    this(settings.validate(), new ChatClient(settings), emotions,
        settings.cacheEnabled() ? ResponseCache.forSettings(settings) : null);
  }

  /**
   * An analyser over a given client and cache (tests inject a fake clock through the client).
   *
   * @param cache the response cache, or null for none
   */
  public LlmAnalyzer(ChatClient client, EmotionMap emotions, ResponseCache cache) {
    this(List.of(), client, emotions, cache);
  }

  private LlmAnalyzer(List<String> warnings, ChatClient client, EmotionMap emotions,
      ResponseCache cache) {
    this.warnings = List.copyOf(warnings);
    this.client = Objects.requireNonNull(client, "client");
    this.prompt = new AnalysisPrompt(emotions);
    this.validator = new AnswerValidator(emotions);
    this.cache = cache;
    for (String w : warnings) {
      LOG.warn(w);
    }
  }

  /** Warnings about the settings (a malformed-looking key, for example) to show the user. */
  public List<String> warnings() {
    return warnings;
  }

  /** The response cache, if enabled. */
  public Optional<ResponseCache> cache() {
    return Optional.ofNullable(cache);
  }

  /**
   * The model's analysis.
   *
   * @throws LlmUnavailableException (or {@link LlmAuthException}) when the model gave no usable
   *     answer; the caller falls back to the offline analysis or stops
   */
  @Override
  public Analysis analyze(Lyrics lyrics) {
    Result r = analyzeDetailed(lyrics);
    return r.answer().toAnalysis(note(r.fromCache()));
  }

  /**
   * The model's analysis, or the offline one with the reason recorded when the model failed.
   *
   * @param offline the analyser that takes over
   * @throws LlmUnavailableException when the model failed and the settings say {@code
   *     --no-fallback}
   */
  public LlmOutcome analyzeOrFallback(Lyrics lyrics, Analyzer offline) {
    try {
      Result r = analyzeDetailed(lyrics);
      return new LlmOutcome(r.answer().toAnalysis(note(r.fromCache())), r.fromCache(), null,
          r.answer().stanzas());
    } catch (LlmUnavailableException e) {
      if (client.settings().noFallback()) {
        throw e;
      }
      LOG.debug("LLM analysis failed ({}): {}", e.kind().label(), e.getMessage());
      Analysis a = offline.analyze(lyrics);
      Analysis fallback = new Analysis(a.emotion(), a.valence(), a.arousal(), a.confidence(),
          AnalysisSource.OFFLINE_FALLBACK, a.emphasis(), a.suggestedKey(), a.suggestedTempo(),
          a.suggestedTime(), e.getMessage());
      return new LlmOutcome(fallback, false, e.kind(), List.of());
    }
  }

  /** The validated answer with its origin. */
  public Result analyzeDetailed(Lyrics lyrics) {
    LlmSettings s = client.settings();
    String key = ResponseCache.key(List.of(s.httpBaseUrl().toString(), s.model(),
        AnalysisPrompt.VERSION, AnalysisPrompt.lyricsText(lyrics), Double.toString(s.temperature()),
        String.join(",", prompt.emotions().names())));
    if (cache != null) {
      Optional<String> hit = cache.get(key);
      if (hit.isPresent()) {
        try {
          return new Result(validator.validate(hit.get(), lyrics), true);
        } catch (InvalidAnswerException e) {
          LOG.debug("ignoring a cached answer that no longer validates: {}", e.getMessage());
        }
      }
    }
    long deadline = client.deadlineFromNow();
    List<Message> messages = new ArrayList<>();
    messages.add(new Message("system", prompt.system()));
    messages.add(new Message("user", prompt.user(lyrics)));
    ChatCompletion first = request(messages, deadline);
    String error;
    try {
      LlmAnswer answer = check(first, lyrics);
      store(key, first.content());
      return new Result(answer, false);
    } catch (InvalidAnswerException e) {
      error = e.getMessage();
    }
    LOG.info("the model's answer was rejected ({}); asking it once to repair it", error);
    messages.add(new Message("assistant", first.content()));
    messages.add(new Message("user", prompt.repair(error)));
    ChatCompletion second = request(messages, deadline);
    try {
      LlmAnswer answer = check(second, lyrics);
      store(key, second.content());
      return new Result(answer, false);
    } catch (InvalidAnswerException e) {
      throw new LlmUnavailableException(FailureKind.INVALID_ANSWER,
          "the model's answer was unusable even after a repair round: " + e.getMessage());
    }
  }

  private LlmAnswer check(ChatCompletion completion, Lyrics lyrics) throws InvalidAnswerException {
    if (completion.truncated()) {
      throw new InvalidAnswerException("the answer was cut off (finish_reason \"length\"); give a"
          + " shorter answer with only the JSON object");
    }
    return validator.validate(completion.content(), lyrics);
  }

  private void store(String key, String content) {
    if (cache != null) {
      cache.put(key, content);
    }
  }

  private ChatCompletion request(List<Message> messages, long deadline) {
    while (true) {
      OutputFormat f = format.get();
      try {
        return client.complete(body(messages, f), deadline);
      } catch (LlmUnavailableException e) {
        boolean refusedFormat = (e.httpStatus() == 400 || e.httpStatus() == 422)
            && f != OutputFormat.PLAIN_TEXT;
        if (!refusedFormat) {
          throw e;
        }
        OutputFormat next = OutputFormat.values()[f.ordinal() + 1];
        LOG.info("the server refused response_format {} ({}); trying {}", f, e.getMessage(), next);
        format.compareAndSet(f, next);
      }
    }
  }

  private ObjectNode body(List<Message> messages, OutputFormat f) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode body = n.objectNode();
    LlmSettings s = client.settings();
    body.put("model", s.model());
    body.put("temperature", s.temperature());
    body.put("stream", false);
    ArrayNode ms = body.putArray("messages");
    for (Message m : messages) {
      ms.addObject().put("role", m.role()).put("content", m.content());
    }
    if (f == OutputFormat.JSON_SCHEMA) {
      ObjectNode rf = body.putObject("response_format");
      rf.put("type", "json_schema");
      ObjectNode js = rf.putObject("json_schema");
      js.put("name", "lyrics_analysis");
      js.put("strict", true);
      js.set("schema", prompt.jsonSchema());
    } else if (f == OutputFormat.JSON_OBJECT) {
      body.putObject("response_format").put("type", "json_object");
    }
    return body;
  }

  private String note(boolean fromCache) {
    return "model " + client.settings().model() + ", prompt " + AnalysisPrompt.VERSION
        + (fromCache ? ", cached" : "");
  }

  @Override
  public void close() {
    client.close();
  }

  private record Message(String role, String content) {}
}
