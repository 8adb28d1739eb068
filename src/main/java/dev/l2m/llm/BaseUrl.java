package dev.l2m.llm;

import java.net.IDN;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Validates the base URL of an OpenAI-compatible API. HTTPS is required except for servers on
 * the loopback interface (Ollama, LM Studio, llama.cpp on the same machine), because the API key
 * travels in every request.
 */
public final class BaseUrl {

  private BaseUrl() {}

  /**
   * Parses and checks a base URL.
   *
   * @param value the URL as configured
   * @param setting the setting's name as the user knows it (for example {@code --base-url}),
   *     named in the error message
   * @return the URL without a trailing slash in its path
   * @throws LlmConfigException when the URL is unusable
   */
  public static HttpUrl parse(String value, String setting) {
    if (value == null || value.isBlank()) {
      throw new LlmConfigException(setting + " is empty: give the API's base URL, for example"
          + " https://api.openai.com/v1 or http://localhost:11434/v1");
    }
    HttpUrl url = HttpUrl.parse(value.trim());
    if (url == null) {
      throw new LlmConfigException(setting + " is not an http(s) URL: '" + Redaction.redactUrl(value)
          + "' (example: https://api.openai.com/v1)");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new LlmConfigException(setting + " must not contain a user name or password:"
          + " put the key in L2M_API_KEY instead");
    }
    if (url.encodedQuery() != null) {
      throw new LlmConfigException(setting + " must not have a query string ('?...'): give only"
          + " the API's base address");
    }
    if (url.encodedFragment() != null) {
      throw new LlmConfigException(setting + " must not have a fragment ('#...'): give only the"
          + " API's base address");
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new LlmConfigException(setting + " must use https (the API key would travel in clear"
          + " text); plain http is allowed only for localhost, 127.0.0.0/8 and [::1]");
    }
    String path = url.encodedPath();
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return url.newBuilder().encodedPath(path).build();
  }

  /**
   * True for hosts that can only be this machine: {@code localhost} (and its subdomains, which
   * resolvers map to loopback), {@code 127.0.0.0/8} and {@code ::1}. Host names other than
   * localhost are never resolved: DNS could point anywhere.
   */
  public static boolean isLoopback(String host) {
    String h = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    if (h.contains(":")) {
      return isIpv6Loopback(h);
    }
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
          || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return parts[0].equals("127");
  }

  private static boolean isIpv6Loopback(String h) {
    // OkHttp canonicalises IPv6 hosts, so ::1 arrives as "::1"; accept the long forms too.
    String compact = h.replace("0000", "0").replaceAll("(^|:)0+(\\d)", "$1$2");
    return compact.equals("::1") || compact.equals("0:0:0:0:0:0:0:1");
  }
}
