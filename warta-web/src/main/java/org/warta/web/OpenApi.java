package org.warta.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 document of the API, written by hand as a resource ({@code
 * org/warta/web/openapi.json}).
 *
 * <p>Design decision: a hand-written document rather than one generated from annotations. The API
 * is small, the document is where its contract (limits, error bodies, examples) is stated, and a
 * test checks that every route the server registers under {@code /api/v1} is documented and that
 * every documented path is served.
 */
final class OpenApi {
  static final String RESOURCE = "org/warta/web/openapi.json";

  private OpenApi() {}

  static byte[] document() {
    try (InputStream in = OpenApi.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
