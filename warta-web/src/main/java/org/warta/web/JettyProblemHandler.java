package org.warta.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before a request reaches the application (an ambiguous or
 * malformed URI such as {@code ..%2F..%2Fetc%2Fpasswd}, oversized headers, a bad request line):
 * answered as {@code application/problem+json} like every other error, never with Jetty's HTML page
 * or a stack trace.
 */
final class JettyProblemHandler extends ErrorHandler {
  JettyProblemHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String instance = rawPath(request);
    byte[] body;
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    // A URI Jetty rejects may not parse, so its path cannot say whether a page was asked for: a
    // browser (asking for text/html) gets the error page, any other client the problem document.
    boolean page =
        accept != null
            && accept.contains("text/html")
            && (instance == null || WebServer.isPage(instance));
    if (page) {
      body =
          Layout.error(code, Problem.title(code), detail(message)).getBytes(StandardCharsets.UTF_8);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, Pages.HTML);
      response.getHeaders().put("Content-Security-Policy", WebServer.CSP);
    } else {
      body = json(code, message, instance);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
    }
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE));
    return ByteBuffer.wrap(json(status, reason, null));
  }

  /** The path as the client sent it (not normalised: a rejected path may not normalise). */
  static String rawPath(Request request) {
    try {
      String uri = request.getHttpURI().asString();
      int scheme = uri.indexOf("://");
      int start = scheme < 0 ? 0 : uri.indexOf('/', scheme + 3);
      if (start < 0) {
        return null;
      }
      int end = uri.length();
      for (char c : new char[] {'?', '#'}) {
        int i = uri.indexOf(c, start);
        if (i >= 0 && i < end) {
          end = i;
        }
      }
      String path = uri.substring(start, end);
      return path.equals("/badMessage") ? null : path; // Jetty's stand-in for an unparsable URI
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String detail(String message) {
    return message == null || message.isBlank()
        ? "the request could not be processed"
        : "the request could not be processed (" + Params.clip(message) + ")";
  }

  private static byte[] json(int code, String message, String instance) {
    return Api.write(Problem.body(code, Problem.title(code), detail(message), instance, Map.of()))
        .getBytes(StandardCharsets.UTF_8);
  }
}
