package org.warta.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of an RFC 9457 problem response. {@code type} is {@code about:blank} (the status code
 * says it all) and {@code title} the short summary; {@code detail} explains this occurrence in
 * words a user can act on.
 */
public final class Problem {
  public static final String CONTENT_TYPE = "application/problem+json";

  private Problem() {}

  /** The JSON object of a problem. */
  public static Map<String, Object> body(
      int status, String title, String detail, String instance, Map<String, Object> extensions) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "about:blank");
    m.put("title", title);
    m.put("status", status);
    m.put("detail", detail);
    if (instance != null) {
      m.put("instance", instance);
    }
    extensions.forEach(m::putIfAbsent);
    return m;
  }

  /** The standard reason phrase of a status, used as a title when none is given. */
  public static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 406 -> "Not acceptable";
      case 413 -> "Content too large";
      case 414 -> "URI too long";
      case 415 -> "Unsupported media type";
      case 431 -> "Request header fields too large";
      case 503 -> "Service unavailable";
      default -> status >= 500 ? "Internal server error" : "Request error";
    };
  }
}
