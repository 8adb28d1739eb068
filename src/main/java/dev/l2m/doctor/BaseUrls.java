package dev.l2m.doctor;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an API base URL is safe to send a key to: https, or plain http only to this
 * machine (a local model server). Kept behind one method so the language-model package's own
 * validator can replace it without touching the doctor.
 */
final class BaseUrls {
  private BaseUrls() {}

  /** Empty when the URL is usable, else the reason in one sentence. */
  static Optional<String> problem(String text) {
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      return Optional.of("'" + text + "' is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!scheme.equals("https") && !scheme.equals("http")) {
      return Optional.of("'" + text + "' must start with https://");
    }
    if (host == null || host.isEmpty()) {
      return Optional.of("'" + text + "' has no host name");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      return Optional.of("'" + text + "' must not have a query or fragment");
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      return Optional.of("'" + text + "' uses plain http to another machine, which would send the API key unencrypted");
    }
    return Optional.empty();
  }

  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
  }
}
