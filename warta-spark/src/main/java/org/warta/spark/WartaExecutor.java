package org.warta.spark;

import org.warta.analysis.ArticleAnalyzer;
import org.warta.io.RecordJsonWriter;

/**
 * The Warta pipeline of one executor JVM, built on first use and shared by the JVM's task threads
 * ({@link ArticleAnalyzer} is thread-safe): the models and lexicons are loaded once per executor,
 * not once per task or partition.
 *
 * <p>Design decision: a lazily initialised static holder rather than a broadcast variable, because
 * the analyzer is not data to ship but code plus resources already in the job jar; each executor
 * loads them from its own class path in a second or two.
 */
final class WartaExecutor {
  private static volatile ArticleAnalyzer analyzer;
  private static final RecordJsonWriter JSON = new RecordJsonWriter();

  private WartaExecutor() {}

  static ArticleAnalyzer analyzer() {
    ArticleAnalyzer a = analyzer;
    if (a == null) {
      synchronized (WartaExecutor.class) {
        a = analyzer;
        if (a == null) {
          a = ArticleAnalyzer.standard();
          analyzer = a;
        }
      }
    }
    return a;
  }

  static RecordJsonWriter json() {
    return JSON;
  }
}
