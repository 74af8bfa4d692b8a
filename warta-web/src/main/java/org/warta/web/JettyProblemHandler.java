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
    String instance;
    try {
      instance = request.getHttpURI().getPath();
    } catch (RuntimeException e) {
      instance = null;
    }
    byte[] body;
    if (instance != null && WebServer.isPage(instance)) {
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
