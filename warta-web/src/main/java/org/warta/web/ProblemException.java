package org.warta.web;

import java.util.Map;

/**
 * A request that cannot be served, reported to the client as an RFC 9457 problem ({@code
 * application/problem+json} on the API, an error page in the UI). Thrown by handlers and parameter
 * validation; never carries a stack trace to the client.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;
  private final Map<String, Object> extensions;

  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, Map.of());
  }

  public ProblemException(int status, String title, String detail, Map<String, Object> extensions) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.extensions = Map.copyOf(extensions);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Map<String, Object> extensions() {
    return extensions;
  }

  static ProblemException badRequest(String detail) {
    return new ProblemException(400, "Bad request", detail);
  }

  static ProblemException badParameter(String name, String detail) {
    return new ProblemException(
        400, "Invalid parameter", name + ": " + detail, Map.of("parameter", name));
  }

  static ProblemException notFound(String detail) {
    return new ProblemException(404, "Not found", detail);
  }
}
