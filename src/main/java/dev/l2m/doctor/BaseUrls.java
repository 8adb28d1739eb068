package dev.l2m.doctor;

import dev.l2m.llm.BaseUrl;
import dev.l2m.llm.LlmConfigException;
import java.util.Optional;

/** The doctor's view of the language-model package's {@link BaseUrl} rules. */
final class BaseUrls {
  private BaseUrls() {}

  /** Empty when the URL is usable, else the reason in one sentence. */
  static Optional<String> problem(String text, String origin) {
    try {
      BaseUrl.parse(text, origin);
      return Optional.empty();
    } catch (LlmConfigException e) {
      return Optional.of(e.getMessage());
    }
  }

  static boolean isLoopback(String host) {
    return BaseUrl.isLoopback(host);
  }
}
