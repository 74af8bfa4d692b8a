package org.warta.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warta.analysis.ArticleAnalyzer;

/**
 * The {@code warta serve} HTTP server: the REST API under {@code /api/v1}, the web UI, and the
 * static files it needs, on Javalin (Jetty). Binds to loopback unless told otherwise; read-only
 * unless ingest is allowed.
 *
 * <p>Every error is answered in a controlled way: under {@code /api/} as an RFC 9457 {@code
 * application/problem+json} body, elsewhere as an HTML page; never with a stack trace. Every
 * response carries a Content-Security-Policy that allows only this origin, so no page can load
 * anything from elsewhere.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  static final String API = "/api/v1";
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none';"
          + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  /**
   * How to run.
   *
   * @param index the index directory (it may not exist yet)
   * @param host the address to bind
   * @param port the port, 0 for any free one
   * @param allowIngest whether {@code POST /api/v1/ingest} is enabled
   * @param maxBodyBytes the largest request body accepted
   */
  public record Options(Path index, String host, int port, boolean allowIngest, long maxBodyBytes) {
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

    public static Options defaults(Path index) {
      return new Options(index, "127.0.0.1", 8080, false, DEFAULT_MAX_BODY);
    }
  }

  /** A route the server answers. */
  record Route(HandlerType method, String path) {}

  private final Options options;
  private final IndexService index;
  private final List<Route> routes = new ArrayList<>();
  private final Javalin app;

  public WebServer(Options options, ArticleAnalyzer analyzer) {
    this.options = options;
    this.index = new IndexService(options.index());
    Analyzing analyzing = new Analyzing(analyzer, options.maxBodyBytes());
    Api api = new Api(analyzing, index, options.allowIngest(), options.maxBodyBytes());
    Pages pages = new Pages(analyzing, index, options.maxBodyBytes());
    Assets assets = new Assets();
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = options.host();
              config.jetty.port = options.port();
              // Form posts (the paste page) may be up to three times the text when encoded.
              config.http.maxRequestSize = options.maxBodyBytes() * 3 + 1024;
              config.jetty.modifyServletContextHandler(
                  h -> {
                    h.setMaxFormContentSize((int) (options.maxBodyBytes() * 3 + 1024));
                    h.setMaxFormKeys(100);
                  });
              config.jetty.modifyServer(s -> s.setErrorHandler(new JettyProblemHandler()));
              config.router.ignoreTrailingSlashes = true;
              config.http.prefer405over404 = true;
              var r = config.routes;
              r.before(
                  ctx -> {
                    ctx.header("Content-Security-Policy", CSP);
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.header("Referrer-Policy", "no-referrer");
                    ctx.header("X-Frame-Options", "DENY");
                  });
              add(r, HandlerType.GET, API + "/openapi.json", api::openapi);
              add(r, HandlerType.POST, API + "/analyze", api::analyze);
              add(r, HandlerType.GET, API + "/articles/{id}", api::article);
              add(r, HandlerType.GET, API + "/search", api::search);
              add(r, HandlerType.GET, API + "/entities/{name}", api::entity);
              add(r, HandlerType.GET, API + "/figures", api::figures);
              add(r, HandlerType.GET, API + "/export", api::export);
              add(r, HandlerType.GET, API + "/stats", api::stats);
              add(r, HandlerType.POST, API + "/ingest", api::ingest);
              add(r, HandlerType.GET, "/", pages::search);
              add(r, HandlerType.GET, "/search", pages::search);
              add(r, HandlerType.GET, "/articles/{id}", pages::article);
              add(r, HandlerType.GET, "/entities/{name}", pages::entity);
              add(r, HandlerType.GET, "/figures", pages::figures);
              add(r, HandlerType.GET, "/analyze", pages::analyzeForm);
              add(r, HandlerType.POST, "/analyze", pages::analyzePost);
              add(r, HandlerType.GET, "/api/docs", pages::apiDocs);
              add(r, HandlerType.GET, "/favicon.ico", ctx -> ctx.redirect(Assets.FAVICON));
              for (String p : assets.paths()) {
                add(
                    r,
                    HandlerType.GET,
                    p,
                    ctx -> {
                      if (!assets.serve(ctx)) {
                        throw ProblemException.notFound("no such file");
                      }
                    });
              }
              r.exception(ProblemException.class, (e, ctx) -> problem(ctx, e));
              r.exception(
                  HttpResponseException.class,
                  (e, ctx) -> {
                    int status = e.getStatus();
                    String detail =
                        switch (status) {
                          case 404 -> "nothing here: " + Params.clip(ctx.path());
                          case 405 ->
                              ctx.method() + " is not allowed on " + Params.clip(ctx.path());
                          case 413 ->
                              "the request body is larger than "
                                  + options.maxBodyBytes()
                                  + " bytes";
                          default -> Problem.title(status);
                        };
                    problem(ctx, new ProblemException(status, Problem.title(status), detail));
                  });
              r.exception(
                  Exception.class,
                  (e, ctx) -> {
                    ProblemException p = classify(e);
                    if (p.status() >= 500) {
                      LOG.warn("{} {} failed: {}", ctx.method(), ctx.path(), e.toString());
                    }
                    problem(ctx, p);
                  });
            });
  }

  private void add(
      io.javalin.config.RoutesConfig r,
      HandlerType method,
      String path,
      io.javalin.http.Handler h) {
    routes.add(new Route(method, path));
    r.addHttpHandler(method, path, h);
  }

  /** Exceptions that are not ours: a too large form or body is the client's, the rest ours. */
  private ProblemException classify(Exception e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (e instanceof IllegalStateException && (m.contains("form") && m.contains("max"))
        || m.contains("too large")
        || m.contains("exceeds")) {
      return new ProblemException(
          413,
          "Content too large",
          "the request body is larger than " + options.maxBodyBytes() + " bytes");
    }
    if (e instanceof IllegalArgumentException && m.contains("form")) {
      return ProblemException.badRequest("the form could not be read");
    }
    // Jetty reports a malformed request body (a broken multipart form) as a BadMessageException,
    // wrapped by the servlet layer when the form is read: the client's error, with Jetty's status.
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.BadMessageException bad) {
        int status = bad.getCode() >= 400 && bad.getCode() < 500 ? bad.getCode() : 400;
        return new ProblemException(
            status,
            Problem.title(status),
            "the request body could not be read ("
                + Params.clip(String.valueOf(bad.getReason()))
                + ")");
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return new ProblemException(
        500, "Internal server error", "the server failed to answer this request; please report it");
  }

  static void problem(Context ctx, ProblemException e) {
    ctx.status(e.status());
    if (e.status() == 405) {
      ctx.header("Allow", "GET, POST");
    }
    if (!isPage(ctx.path())) {
      ctx.contentType(Problem.CONTENT_TYPE)
          .result(
              Api.write(
                  Problem.body(e.status(), e.title(), e.detail(), ctx.path(), e.extensions())));
    } else {
      ctx.contentType(Pages.HTML).result(Layout.error(e.status(), e.title(), e.detail()));
    }
  }

  /** Whether errors at a path are shown as an HTML page (the UI) or problem+json (all else). */
  static boolean isPage(String path) {
    if (path.equals("/api/docs")) {
      return true;
    }
    return !(path.startsWith("/api/")
        || path.startsWith("/static/")
        || path.startsWith("/webjars/"));
  }

  /** Starts listening; returns this. */
  public WebServer start() {
    app.start();
    return this;
  }

  /** The port listened on (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port();
  }

  /** The routes registered, for the OpenAPI completeness test. */
  List<Route> routes() {
    return Collections.unmodifiableList(routes);
  }

  /** Whether an index was found. */
  public boolean hasIndex() {
    return index.available();
  }

  @Override
  public void close() {
    app.stop();
    try {
      index.close();
    } catch (IOException e) {
      LOG.warn("closing the index: {}", e.toString());
    }
  }
}
