package org.warta.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.warta.analysis.ArticleAnalyzer;

/**
 * One server over the demo index for all tests of this module (built once per test JVM: the
 * analyzer and the ingest are the slow part). Ingest is allowed; tests that ingest use their own
 * server.
 */
final class TestServer {
  private static WebServer server;
  private static Path indexDir;
  private static ArticleAnalyzer analyzer;

  private TestServer() {}

  static synchronized ArticleAnalyzer analyzer() {
    if (analyzer == null) {
      analyzer = ArticleAnalyzer.standard();
    }
    return analyzer;
  }

  static synchronized WebServer get() {
    if (server == null) {
      try {
        indexDir = Files.createTempDirectory("warta-web-test-index");
        DemoIndex.build(indexDir, analyzer());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server =
          new WebServer(
                  new WebServer.Options(
                      indexDir, "127.0.0.1", 0, false, WebServer.Options.DEFAULT_MAX_BODY),
                  analyzer())
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    }
    return server;
  }

  static String url() {
    return get().url();
  }
}
