package org.warta.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The static files of the UI, served from the classpath by exact path only: our own CSS and
 * JavaScript, and the few files of the htmx, uPlot and Swagger UI WebJars that the pages use. A
 * request for any other path under {@code /static/} or {@code /webjars/} is a 404; there is no
 * directory lookup, so no path can traverse anywhere. Files are read once at startup.
 */
final class Assets {
  private static final Properties VERSIONS = versions();
  static final String HTMX = VERSIONS.getProperty("htmx");
  static final String UPLOT = VERSIONS.getProperty("uplot");
  static final String SWAGGER = VERSIONS.getProperty("swagger-ui");

  static final String APP_CSS = "/static/app.css";
  static final String APP_JS = "/static/app.js";
  static final String SWAGGER_INIT_JS = "/static/swagger-init.js";
  static final String FAVICON = "/static/favicon.svg";
  static final String HTMX_JS = "/webjars/htmx.org/" + HTMX + "/dist/htmx.min.js";
  static final String UPLOT_JS = "/webjars/uplot/" + UPLOT + "/dist/uPlot.iife.min.js";
  static final String UPLOT_CSS = "/webjars/uplot/" + UPLOT + "/dist/uPlot.min.css";
  static final String SWAGGER_JS = "/webjars/swagger-ui/" + SWAGGER + "/swagger-ui-bundle.js";
  static final String SWAGGER_CSS = "/webjars/swagger-ui/" + SWAGGER + "/swagger-ui.css";

  private record Asset(byte[] bytes, String contentType, boolean immutable) {}

  private final Map<String, Asset> byPath = new LinkedHashMap<>();

  Assets() {
    own(APP_CSS, "app.css", "text/css; charset=utf-8");
    own(APP_JS, "app.js", "text/javascript; charset=utf-8");
    own(SWAGGER_INIT_JS, "swagger-init.js", "text/javascript; charset=utf-8");
    own(FAVICON, "favicon.svg", "image/svg+xml");
    webjar(HTMX_JS, "text/javascript; charset=utf-8");
    webjar(UPLOT_JS, "text/javascript; charset=utf-8");
    webjar(UPLOT_CSS, "text/css; charset=utf-8");
    webjar(SWAGGER_JS, "text/javascript; charset=utf-8");
    webjar(SWAGGER_CSS, "text/css; charset=utf-8");
  }

  /** The public paths served. */
  Iterable<String> paths() {
    return byPath.keySet();
  }

  /** Serves the asset at the request's exact path; false when there is none. */
  boolean serve(Context ctx) {
    Asset a = byPath.get(ctx.path());
    if (a == null) {
      return false;
    }
    ctx.contentType(a.contentType());
    ctx.header("Cache-Control", a.immutable() ? "public, max-age=31536000, immutable" : "no-cache");
    ctx.result(a.bytes());
    return true;
  }

  private void own(String path, String file, String type) {
    byPath.put(path, new Asset(read("org/warta/web/static/" + file), type, false));
  }

  private void webjar(String path, String type) {
    byPath.put(path, new Asset(read("META-INF/resources" + path), type, true));
  }

  private static byte[] read(String resource) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties versions() {
    Properties p = new Properties();
    try (InputStream in =
        Assets.class.getClassLoader().getResourceAsStream("org/warta/web/webjars.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing org/warta/web/webjars.properties");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
